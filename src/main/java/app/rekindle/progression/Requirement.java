package app.rekindle.progression;

/**
 * One requirement of a gate, explained: what it asks ({@code label}), how far along it is
 * ({@code progress}, for example "18 of 30 days", and {@code fraction} for a progress bar), and a
 * sentence for the person about what it means now.
 */
public record Requirement(String key, Status status, double fraction, Text label, Text progress, Text sentence) {

	public Requirement {
		fraction = Math.max(0, Math.min(1, fraction));
	}

	public boolean isSatisfied() {
		return this.status != Status.UNMET;
	}

	public boolean isMet() {
		return this.status == Status.MET;
	}

	public boolean isWaived() {
		return this.status == Status.WAIVED;
	}

	/** Whole percent of the way there, for the progress bar. */
	public int percent() {
		return (int) Math.floor(this.fraction * 100);
	}

	public enum Status {

		MET, UNMET,

		/** Not needed for this journey, and the gate says why. */
		WAIVED

	}

	static Requirement atLeast(String key, int current, int target, String unit) {
		boolean met = current >= target;
		return new Requirement(key, met ? Status.MET : Status.UNMET, (target == 0) ? 1 : (double) current / target,
				Text.of("gate." + key + ".label"), Text.of("gate.progress." + unit, current, target),
				Text.of("gate." + key + (met ? ".met" : ".unmet"), current, target, Math.max(0, target - current)));
	}

	static Requirement yesNo(String key, boolean done) {
		return new Requirement(key, done ? Status.MET : Status.UNMET, done ? 1 : 0, Text.of("gate." + key + ".label"),
				Text.of(done ? "gate.progress.done" : "gate.progress.notYet"),
				Text.of("gate." + key + (done ? ".met" : ".unmet")));
	}

}
