package app.rekindle.outreach;

/**
 * How the ex answered a message the person sent. {@code NOT_READY} pauses reaching out for a while
 * ({@code rekindle.rules.outreach.not-ready-pause-days}); {@code NO}, like "asked for no contact"
 * and "blocked", closes it for good. New kinds go at the end: the names are stored.
 */
public enum ReplyKind {

	NONE_YET, WARM, NEUTRAL, COLD, ASKED_FOR_NO_CONTACT, BLOCKED,

	/** "Not ready yet". */
	NOT_READY,

	/** A plain "no": they don't want to try again. */
	NO;

	public boolean isAnswered() {
		return this != NONE_YET;
	}

}
