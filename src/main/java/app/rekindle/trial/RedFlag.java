package app.rekindle.trial;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import app.rekindle.progression.SafetyConcern;

/**
 * Signs that the trial is going wrong, which a person can mark at a checkpoint or whenever
 * something feels wrong. Each one is met with a way to end the trial safely, with support. Fear
 * and control are about the person's safety: as on the safety screen, marking them closes reaching
 * out for good once the person confirms, which ends the trial.
 */
public enum RedFlag {

	/** I feel afraid of them. */
	FEAR(SafetyConcern.FEAR_OF_EX),

	/** They control my money, check my phone, or keep me from people or places. */
	CONTROL(SafetyConcern.COERCIVE_CONTROL),

	/** The old patterns that hurt us before are back. */
	OLD_PATTERNS(null),

	/** One of us wants to stop. */
	WANTS_TO_STOP(null);

	private final SafetyConcern safetyConcern;

	RedFlag(SafetyConcern safetyConcern) {
		this.safetyConcern = safetyConcern;
	}

	/** The safety concern this sign records, the same one the safety screen records for it. */
	public Optional<SafetyConcern> safetyConcern() {
		return Optional.ofNullable(this.safetyConcern);
	}

	/** Whether this sign is about the person's safety, and so closes reaching out once confirmed. */
	public boolean isAboutSafety() {
		return this.safetyConcern != null;
	}

	/** The safety concerns the signs record: empty when none of them is about safety. */
	public static Set<SafetyConcern> safetyConcerns(Set<RedFlag> flags) {
		Set<SafetyConcern> concerns = EnumSet.noneOf(SafetyConcern.class);
		flags.forEach((flag) -> flag.safetyConcern().ifPresent(concerns::add));
		return concerns;
	}

}
