package app.rekindle.checkin;

import app.rekindle.progression.Contact;

/** What a daily check-in says about contact with the ex that day. */
public enum ContactKind {

	NONE,

	/** The person reached out: a slip, which restarts the no-contact count. */
	I_REACHED_OUT,

	/** The ex reached out first: recorded, and it waives the day requirement of gate 2→3. */
	THEY_REACHED_OUT,

	/** Practical contact such as children or work: neither restarts nor waives. */
	PRACTICAL;

	/** What the gate's rules read in this answer: practical contact counts as none. */
	public Contact forTheRules() {
		return switch (this) {
			case NONE, PRACTICAL -> Contact.NONE;
			case I_REACHED_OUT -> Contact.I_REACHED_OUT;
			case THEY_REACHED_OUT -> Contact.THEY_REACHED_OUT;
		};
	}

}
