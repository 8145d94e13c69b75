package app.rekindle.export;

import java.time.LocalDate;
import java.util.List;

import app.rekindle.trial.Checkpoint;
import app.rekindle.trial.CheckpointReview;
import app.rekindle.trial.RedFlag;
import app.rekindle.trial.TrialPeriod;
import app.rekindle.trial.TrialTerms;

/**
 * Stage 5 of a journey: the agreed start (null when none was set; the trial then counts from the
 * day the journey entered it, in the timeline), the terms agreed with it (null for a trial begun
 * before terms existed), and the checkpoint reviews.
 */
public record TrialExport(LocalDate startedOn, Integer agreedWeeks, String whatWillDiffer,
		List<CheckpointData> checkpoints) {

	static TrialExport of(TrialPeriod period, List<Checkpoint> checkpoints) {
		TrialTerms terms = (period != null) ? period.terms() : new TrialTerms(null, null, null);
		return new TrialExport(terms.startedOn(), terms.weeks(), terms.whatWillDiffer(),
				checkpoints.stream().map(CheckpointData::of).toList());
	}

	/**
	 * One review: the four answers, what is missing for each "not yet" (null where nothing was
	 * written, and always for a "yes"), the red flags marked, and the note.
	 */
	public record CheckpointData(int dayMark, LocalDate reviewedOn, boolean changesTakenSeriously,
			boolean problemsSolvedCalmly, boolean closenessBothEnjoy, boolean pastNotBroughtUp, String note,
			String changesMissing, String problemsMissing, String closenessMissing, String pastMissing,
			List<RedFlag> redFlags) {

		static CheckpointData of(Checkpoint checkpoint) {
			CheckpointReview review = checkpoint.review();
			return new CheckpointData(checkpoint.getDayMark(), checkpoint.getReviewedOn(),
					review.changesTakenSeriously(), review.problemsSolvedCalmly(), review.closenessBothEnjoy(),
					review.pastNotBroughtUp(), review.note(), review.changesMissing(), review.problemsMissing(),
					review.closenessMissing(), review.pastMissing(), List.copyOf(review.redFlags()));
		}

	}

}
