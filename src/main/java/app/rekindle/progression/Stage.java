package app.rekindle.progression;

import java.util.Optional;

/**
 * The stages of a journey, in order (docs/RULES.md). Moving on is an outcome that can be chosen
 * from any stage; the trial period ends with a choice rather than a gate.
 */
public enum Stage {

	REFLECTION, NO_CONTACT, REACHING_OUT, REBUILDING_TRUST, TRIAL_PERIOD, MOVING_ON;

	/** The stage a passed gate leads to, if this stage has a gate. */
	public Optional<Stage> next() {
		return switch (this) {
			case REFLECTION -> Optional.of(NO_CONTACT);
			case NO_CONTACT -> Optional.of(REACHING_OUT);
			case REACHING_OUT -> Optional.of(REBUILDING_TRUST);
			case REBUILDING_TRUST -> Optional.of(TRIAL_PERIOD);
			case TRIAL_PERIOD, MOVING_ON -> Optional.empty();
		};
	}

	/** Stages in which the person may still reach out later; a safety lock closes them. */
	public boolean leadsToReachingOut() {
		return this != MOVING_ON;
	}

	/**
	 * Reaching out and the stages that follow it: the stages a safety lock keeps closed. A lock
	 * carried over from an earlier journey with the same person leaves the ones before open.
	 */
	public boolean isReachingOutOrLater() {
		return this == REACHING_OUT || this == REBUILDING_TRUST || this == TRIAL_PERIOD;
	}

	/** Position in the path for display ("Step 2 of 5"); 0 for the outcome. */
	public int step() {
		return (this == MOVING_ON) ? 0 : ordinal() + 1;
	}

}
