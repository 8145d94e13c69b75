package app.rekindle.outreach;

import app.rekindle.progression.Reply;

/** How the ex answered a message the person sent. */
public enum ReplyKind {

	NONE_YET, WARM, NEUTRAL, COLD, ASKED_FOR_NO_CONTACT, BLOCKED;

	/** What the gate's rules read in this reply: a new kind says here which it is. */
	public Reply forTheRules() {
		return switch (this) {
			case NONE_YET -> Reply.NONE_YET;
			case WARM -> Reply.WARM;
			case NEUTRAL, COLD -> Reply.OTHER_ANSWER;
			case ASKED_FOR_NO_CONTACT -> Reply.ASKED_FOR_NO_CONTACT;
			case BLOCKED -> Reply.BLOCKED;
		};
	}

}
