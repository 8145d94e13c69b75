package app.rekindle.outreach;

/**
 * The kinds of pressure a draft to an ex can put on them, in the order the writer sees them.
 * Each has a reason and a gentler idea in the messages ({@code pressure.<RULE>.reason} and
 * {@code pressure.<RULE>.idea}).
 */
public enum PressureRule {

	/** Talk of getting back together. */
	BACK_TOGETHER,

	/** "I miss you", "I love you" and the like. */
	MISS_OR_LOVE,

	/** Guilt-tripping or blame. */
	GUILT_OR_BLAME,

	/** A deadline, a condition or a demand for an answer. */
	ULTIMATUM,

	/** More than one question. */
	MANY_QUESTIONS,

	/** More than {@link PressureCheck#MAX_CHARACTERS} characters. */
	TOO_LONG,

	/** Asking about their dating life. */
	DATING_LIFE,

	/** Planned to be sent late at night. */
	LATE_NIGHT

}
