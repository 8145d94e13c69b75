package app.rekindle.summary;

import java.util.List;

import app.rekindle.trial.TrialService.CheckpointStatus;
import app.rekindle.trial.TrialTerms;

/**
 * The trial's agreed terms and its checkpoints, reviewed or due; what the two agreed will be
 * different, the checkpoints' notes, what was missing after a "not yet" and the red flags are shown
 * only when {@link SummaryWords#trial()} lets them in (the terms' words are not even handed on
 * otherwise).
 *
 * @param inTrial whether the journey is in the trial period now
 * @param terms what was agreed when the trial started, or null for a journey that never reached it
 */
public record TrialPart(boolean inTrial, TrialTerms terms, List<CheckpointStatus> checkpoints) {

	/** A summary without a journey, or of one that never reached the trial. */
	public static final TrialPart NONE = new TrialPart(false, null, List.of());

	/** Whether there is a trial to speak of: the journey is in it, or a checkpoint of it was reviewed. */
	public boolean hasBegun() {
		return this.inTrial || this.checkpoints.stream().anyMatch(CheckpointStatus::isReviewed);
	}

	/** Whether the length and what will be different were written down. */
	public boolean hasTerms() {
		return this.terms != null && this.terms.isAgreed();
	}

}
