package app.rekindle.outreach;

import java.util.List;
import java.util.stream.Stream;

/** The ladder of ways to reach out, from the lightest touch to the most personal. */
public enum Channel {

	/**
	 * Something indirect on social media. No longer offered: it invites watching their feed, and
	 * the app never suggests that. Kept so that drafts written with it still load and show as
	 * they were.
	 */
	INDIRECT_SOCIAL,

	TEXT, CALL, VIDEO, IN_PERSON;

	/** Whether a new or changed draft may use it. */
	public boolean isOffered() {
		return this != INDIRECT_SOCIAL;
	}

	/** The ways offered for a new or changed draft, lightest first. */
	public static List<Channel> offered() {
		return Stream.of(values()).filter(Channel::isOffered).toList();
	}

}
