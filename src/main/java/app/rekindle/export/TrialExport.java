package app.rekindle.export;

import java.time.LocalDate;
import java.util.List;

import app.rekindle.trial.Checkpoint;
import app.rekindle.trial.CheckpointReview;
import app.rekindle.trial.TrialPeriod;

/**
 * Stage 5 of a journey: the agreed start (null when none was set; the trial then counts from the
 * day the journey entered it, in the timeline) and the checkpoint reviews.
 */
public record TrialExport(LocalDate startedOn, List<CheckpointData> checkpoints) {

	static TrialExport of(TrialPeriod period, List<Checkpoint> checkpoints) {
		return new TrialExport((period != null) ? period.getStartedOn() : null,
				checkpoints.stream().map(CheckpointData::of).toList());
	}

	public record CheckpointData(int dayMark, LocalDate reviewedOn, boolean changesTakenSeriously,
			boolean problemsSolvedCalmly, boolean closenessBothEnjoy, boolean pastNotBroughtUp, String note) {

		static CheckpointData of(Checkpoint checkpoint) {
			CheckpointReview review = checkpoint.review();
			return new CheckpointData(checkpoint.getDayMark(), checkpoint.getReviewedOn(),
					review.changesTakenSeriously(), review.problemsSolvedCalmly(), review.closenessBothEnjoy(),
					review.pastNotBroughtUp(), review.note());
		}

	}

}
