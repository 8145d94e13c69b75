package app.rekindle.trust;

/** Whose boundary it is: one the person sets, one the other person asked for, or one they share. */
public enum Whose {

	MINE, THEIRS, SHARED

}
