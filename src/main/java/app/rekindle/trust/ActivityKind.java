package app.rekindle.trust;

/** Something new together, or something the two of them used to do. */
public enum ActivityKind {

	NEW, REVISITED

}
