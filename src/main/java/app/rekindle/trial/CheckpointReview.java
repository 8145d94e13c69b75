package app.rekindle.trial;

/** A checkpoint's review: a yes or no to each of its four questions, and a note. */
public record CheckpointReview(boolean changesTakenSeriously, boolean problemsSolvedCalmly, boolean closenessBothEnjoy,
		boolean pastNotBroughtUp, String note) {

	public int yesCount() {
		return (this.changesTakenSeriously ? 1 : 0) + (this.problemsSolvedCalmly ? 1 : 0)
				+ (this.closenessBothEnjoy ? 1 : 0) + (this.pastNotBroughtUp ? 1 : 0);
	}

	@Override
	public String toString() {
		return "CheckpointReview[yes=" + yesCount() + "]";
	}

}
