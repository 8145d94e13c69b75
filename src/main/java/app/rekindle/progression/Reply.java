package app.rekindle.progression;

/**
 * What the rules read in the ex's reply to a message the person sent: whether there is one yet,
 * whether it was warm, and whether it was a no that closes reaching out. The outreach module
 * keeps its own, fuller kinds of reply and says which of these each one is.
 */
public enum Reply {

	/** No reply yet: it counts toward the pacing after an unanswered message. */
	NONE_YET,

	/** A warm reply: it counts toward gate 3→4. */
	WARM,

	/** Any other answer: neither warm nor a no. */
	OTHER_ANSWER,

	/** The ex asked for no contact: reaching out closes for good. */
	ASKED_FOR_NO_CONTACT,

	/** The ex blocked the person: reaching out closes for good. */
	BLOCKED;

	boolean isAnswered() {
		return this != NONE_YET;
	}

}
