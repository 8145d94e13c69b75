package app.rekindle.outreach;

/** How the ex answered a message the person sent. */
public enum ReplyKind {

	NONE_YET, WARM, NEUTRAL, COLD, ASKED_FOR_NO_CONTACT, BLOCKED;

	public boolean isAnswered() {
		return this != NONE_YET;
	}

}
