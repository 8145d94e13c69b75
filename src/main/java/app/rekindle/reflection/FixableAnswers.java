package app.rekindle.reflection;

/**
 * The answers of "Can it be fixed?": a choice for each of the four questions, and the person's own
 * words beside them (each null where left empty). None of them is a test to pass; two of them can
 * point away from trying again ({@link MovingOnSign}).
 *
 * @param unforgivable whether something happened that one of them cannot forgive
 * @param unforgivableNote what it is
 * @param changed whether they have changed too, or only the person
 * @param changedNote what the person knows of it
 * @param mustBeDifferent what would have to be different this time
 * @param whoseHands whether that is in the person's hands, or nothing would need to be different
 * @param othersView whether the people who know them both see it the same way
 * @param othersNote what those people said
 */
public record FixableAnswers(Unforgivable unforgivable, String unforgivableNote, Changed changed,
		String changedNote, String mustBeDifferent, WhoseHands whoseHands, OthersView othersView, String othersNote) {

	/** Did something happen that one of you cannot forgive? */
	public enum Unforgivable {

		NO, NOT_SURE, YES

	}

	/** Have they changed too, or only you? */
	public enum Changed {

		BOTH, ONLY_ME, CANNOT_TELL

	}

	/** Is what has to be different in your hands? Or would nothing need to be different? */
	public enum WhoseHands {

		MINE, BOTH, THEIRS, NOTHING

	}

	/** Do the people who know you both see it the same way? */
	public enum OthersView {

		SAME, DIFFERENT, NOT_ASKED, NO_ONE

	}

	@Override
	public String toString() {
		return "FixableAnswers[unforgivable=" + this.unforgivable + ", changed=" + this.changed + ", whoseHands="
				+ this.whoseHands + ", othersView=" + this.othersView + "]";
	}

}
