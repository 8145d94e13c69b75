package app.rekindle.outreach;

/** The ladder of ways to reach out, from the lightest touch to the most personal. */
public enum Channel {

	INDIRECT_SOCIAL, TEXT, CALL, VIDEO, IN_PERSON

}
