package app.rekindle.checkin;

/** What a daily check-in says about contact with the ex that day. */
public enum ContactKind {

	NONE,

	/** The person reached out: a slip, which restarts the no-contact count. */
	I_REACHED_OUT,

	/** The ex reached out first: recorded, and it waives the day requirement of gate 2→3. */
	THEY_REACHED_OUT,

	/** Practical contact such as children or work: neither restarts nor waives. */
	PRACTICAL

}
