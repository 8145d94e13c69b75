package app.rekindle.outreach;

/** An honest answer to one question of looking back on a conversation. */
public enum ReviewAnswer {

	YES, PARTLY, NO

}
