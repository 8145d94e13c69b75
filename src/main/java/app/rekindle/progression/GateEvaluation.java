package app.rekindle.progression;

import java.util.List;
import java.util.Optional;

/**
 * The gate of a journey's current stage at one instant: every requirement explained, any safety
 * lock, the no-contact timer, outreach pacing, and notes worth showing beside the checklist.
 */
public record GateEvaluation(Stage stage, Optional<Stage> next, List<Requirement> requirements,
		Optional<SafetyLock> safetyLock, NoContactCount noContact, OutreachPacing pacing, List<Text> notes) {

	public GateEvaluation {
		requirements = List.copyOf(requirements);
		notes = List.copyOf(notes);
	}

	/** The one answer to "may this journey advance now?". */
	public boolean isPassed() {
		return this.safetyLock.isEmpty() && this.next.isPresent()
				&& this.requirements.stream().allMatch(Requirement::isSatisfied);
	}

	public boolean isLocked() {
		return this.safetyLock.isPresent();
	}

	public List<Requirement> missing() {
		return this.requirements.stream().filter((requirement) -> !requirement.isSatisfied()).toList();
	}

	public long satisfiedCount() {
		return this.requirements.stream().filter(Requirement::isSatisfied).count();
	}

}
