package app.rekindle.outreach;

import app.rekindle.progression.SendDecision;

/** A draft that may not be marked sent yet, or any more; the decision says why and until when. */
public class SendRefusedException extends RuntimeException {

	private final SendDecision decision;

	SendRefusedException(SendDecision decision) {
		super("The draft cannot be marked sent: " + decision.reason());
		this.decision = decision;
	}

	public SendDecision decision() {
		return this.decision;
	}

}
