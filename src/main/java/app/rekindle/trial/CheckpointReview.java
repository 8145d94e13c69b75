package app.rekindle.trial;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A checkpoint's review: a yes or no to each of its four questions, what is missing for each "no"
 * (the person's own words, optional), the red flags marked, and a note. A note on what is missing
 * belongs to a "no" only, so a "yes" drops it. The red flags iterate in catalogue order.
 */
public record CheckpointReview(boolean changesTakenSeriously, boolean problemsSolvedCalmly, boolean closenessBothEnjoy,
		boolean pastNotBroughtUp, String note, String changesMissing, String problemsMissing, String closenessMissing,
		String pastMissing, Set<RedFlag> redFlags) {

	public CheckpointReview {
		changesMissing = changesTakenSeriously ? null : changesMissing;
		problemsMissing = problemsSolvedCalmly ? null : problemsMissing;
		closenessMissing = closenessBothEnjoy ? null : closenessMissing;
		pastMissing = pastNotBroughtUp ? null : pastMissing;
		redFlags = (redFlags == null || redFlags.isEmpty()) ? Set.of()
				: Collections.unmodifiableSet(EnumSet.copyOf(redFlags));
	}

	/** The four answers and a note, with nothing noted as missing and no red flag. */
	public CheckpointReview(boolean changesTakenSeriously, boolean problemsSolvedCalmly, boolean closenessBothEnjoy,
			boolean pastNotBroughtUp, String note) {
		this(changesTakenSeriously, problemsSolvedCalmly, closenessBothEnjoy, pastNotBroughtUp, note, null, null, null,
				null, Set.of());
	}

	public int yesCount() {
		return (this.changesTakenSeriously ? 1 : 0) + (this.problemsSolvedCalmly ? 1 : 0)
				+ (this.closenessBothEnjoy ? 1 : 0) + (this.pastNotBroughtUp ? 1 : 0);
	}

	/** Whether a red flag about the person's safety is marked: saving it closes reaching out. */
	public boolean marksSafetyConcern() {
		return this.redFlags.stream().anyMatch(RedFlag::isAboutSafety);
	}

	@Override
	public String toString() {
		return "CheckpointReview[yes=" + yesCount() + ", redFlags=" + redFlags + "]";
	}

}
