package app.rekindle.journey;

/**
 * Why a journey is taken to be with the same person as an earlier one whose reaching out closed,
 * so that it carries that journey's lock: a lock follows the person, not the journey.
 */
public enum SamePersonReason {

	/** The nicknames are the same once case, spacing and accents are ignored ({@link Nicknames}). */
	SAME_NICKNAME,

	/** The person said so when beginning the journey. */
	SAID_SAME_PERSON

}
