package app.rekindle.progression;

/**
 * What the rules read in a daily check-in about contact with the ex that day. The check-in module
 * keeps its own, fuller answers and says which of these each one is.
 */
public enum Contact {

	/** No contact that counts: none at all, or practical contact that neither restarts nor waives. */
	NONE,

	/** The person reached out: a slip, which restarts the no-contact count. */
	I_REACHED_OUT,

	/** The ex reached out first: recorded, and it waives the day requirement of gate 2→3. */
	THEY_REACHED_OUT

}
