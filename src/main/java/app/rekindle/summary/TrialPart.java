package app.rekindle.summary;

import java.util.List;

import app.rekindle.trial.TrialService.CheckpointStatus;

/**
 * The trial's checkpoints, reviewed or due; their notes are shown only when {@link SummaryWords#trial()}
 * lets them in.
 *
 * @param inTrial whether the journey is in the trial period now
 */
public record TrialPart(boolean inTrial, List<CheckpointStatus> checkpoints) {

	/** A summary without a journey, or of one that never reached the trial. */
	public static final TrialPart NONE = new TrialPart(false, List.of());

	/** Whether there is a trial to speak of: the journey is in it, or a checkpoint of it was reviewed. */
	public boolean hasBegun() {
		return this.inTrial || this.checkpoints.stream().anyMatch(CheckpointStatus::isReviewed);
	}

}
