package app.rekindle.progression;

/**
 * What the rules read in the ex's reply to a message the person sent: whether there is one yet,
 * whether it was warm or cold, whether it pauses reaching out, and whether it was a no that closes
 * it. The outreach module keeps its own, fuller kinds of reply and says which of these each one is.
 * New ones go at the end.
 */
public enum Reply {

	/** No reply yet: it counts toward the pacing after an unanswered message. */
	NONE_YET,

	/** A warm reply: it counts toward gate 3→4. */
	WARM,

	/** Any other answer: neither warm nor cold, nor one that pauses or closes reaching out. */
	OTHER_ANSWER,

	/** The ex asked for no contact: reaching out closes for good. */
	ASKED_FOR_NO_CONTACT,

	/** The ex blocked the person: reaching out closes for good. */
	BLOCKED,

	/** A cold reply: not a green light, so the next message waits as long as after no reply. */
	COLD,

	/** "Not ready yet": reaching out pauses for {@code rekindle.rules.outreach.not-ready-pause-days}. */
	NOT_READY,

	/** A plain "no, they don't want to try again": reaching out closes for good. */
	NO;

	boolean isAnswered() {
		return this != NONE_YET;
	}

}
