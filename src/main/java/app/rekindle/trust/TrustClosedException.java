package app.rekindle.trust;

/** Rebuilding trust can be read but not changed: the journey is not in that stage (any more). */
public class TrustClosedException extends RuntimeException {

	private final long journeyId;

	TrustClosedException(long journeyId) {
		super("Rebuilding trust of journey " + journeyId + " is closed for changes");
		this.journeyId = journeyId;
	}

	public long journeyId() {
		return this.journeyId;
	}

}
