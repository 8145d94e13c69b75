package app.rekindle.outreach;

/** The journey is not reaching out (any more), so its drafts and conversations can only be read. */
public class OutreachClosedException extends RuntimeException {

	private final long journeyId;

	OutreachClosedException(long journeyId) {
		super("Journey " + journeyId + " is not reaching out");
		this.journeyId = journeyId;
	}

	public long journeyId() {
		return this.journeyId;
	}

}
