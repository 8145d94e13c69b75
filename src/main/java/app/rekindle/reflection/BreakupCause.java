package app.rekindle.reflection;

/** The kinds of cause a person can give a reflection entry about why the relationship ended. */
public enum BreakupCause {

	COMMUNICATION, TRUST, JEALOUSY, DIFFERENT_LIFE_GOALS, OUTSIDE_PRESSURE, ROUTINE_AND_COMPLACENCY, INFIDELITY,
	VALUES, ABUSE_OR_CONTROL, NO_SERIOUS_INTENT, OTHER

}
