package app.rekindle.nocontact;

/** The journey has ended, so its goals and letters can be read but not added to. */
public class NoContactClosedException extends RuntimeException {

	private final long journeyId;

	NoContactClosedException(long journeyId) {
		super("Journey " + journeyId + " has ended");
		this.journeyId = journeyId;
	}

	public long journeyId() {
		return this.journeyId;
	}

}
