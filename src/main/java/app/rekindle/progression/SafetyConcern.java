package app.rekindle.progression;

/**
 * Answers and events that close reaching out for a journey for good: the app never helps anyone
 * contact a person who is unsafe to them or who has said no (docs/RULES.md, "Safety locks").
 */
public enum SafetyConcern {

	VIOLENCE, THREATS, COERCIVE_CONTROL,

	/** Being afraid of the ex: reaching out to someone you fear is never safe. */
	FEAR_OF_EX,

	PROTECTIVE_ORDER, EX_ASKED_FOR_NO_CONTACT, EX_BLOCKED, EX_IN_NEW_RELATIONSHIP,

	/** They said plainly that they don't want to try again: a reply the rules read as {@link Reply#NO}. */
	EX_SAID_NO;

	/** True for concerns about the person's own safety, where support resources come first. */
	public boolean isAboutSafety() {
		return switch (this) {
			case VIOLENCE, THREATS, COERCIVE_CONTROL, FEAR_OF_EX, PROTECTIVE_ORDER -> true;
			case EX_ASKED_FOR_NO_CONTACT, EX_BLOCKED, EX_IN_NEW_RELATIONSHIP, EX_SAID_NO -> false;
		};
	}

}
