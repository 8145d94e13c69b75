package app.rekindle.outreach;

/** A sent message stays as it was sent: it cannot be changed or deleted. */
public class DraftAlreadySentException extends RuntimeException {

	private final long journeyId;

	private final long draftId;

	DraftAlreadySentException(long journeyId, long draftId) {
		super("Draft " + draftId + " has been sent");
		this.journeyId = journeyId;
		this.draftId = draftId;
	}

	public long journeyId() {
		return this.journeyId;
	}

	public long draftId() {
		return this.draftId;
	}

}
