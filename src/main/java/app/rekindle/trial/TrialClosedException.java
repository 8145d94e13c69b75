package app.rekindle.trial;

/** The journey is not in its trial period (any more): the trial can be read, not changed. */
public class TrialClosedException extends RuntimeException {

	private final long journeyId;

	TrialClosedException(long journeyId) {
		super("Journey " + journeyId + " is not in its trial period");
		this.journeyId = journeyId;
	}

	public long journeyId() {
		return this.journeyId;
	}

}
