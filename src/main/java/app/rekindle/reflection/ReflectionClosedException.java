package app.rekindle.reflection;

/** Reflection can be read but no longer changed: the journey has moved past it or ended. */
public class ReflectionClosedException extends RuntimeException {

	private final long journeyId;

	ReflectionClosedException(long journeyId) {
		super("Reflection of journey " + journeyId + " is closed for changes");
		this.journeyId = journeyId;
	}

	public long journeyId() {
		return this.journeyId;
	}

}
