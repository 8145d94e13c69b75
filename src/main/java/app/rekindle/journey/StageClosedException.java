package app.rekindle.journey;

import app.rekindle.progression.Stage;

/**
 * A change to a stage's part of the journal that its {@link StageAccess} no longer (or not yet)
 * allows: another tab, a second click, a journey that moved on. One handler
 * ({@code journey.web.StageClosedHandler}) sends the person back to the stage's page, which says why.
 */
public class StageClosedException extends RuntimeException {

	private final long journeyId;

	private final Stage stage;

	private final Reason reason;

	StageClosedException(long journeyId, Stage stage, Reason reason) {
		super("Journey " + journeyId + ": " + stage + " is closed for changes (" + reason + ")");
		this.journeyId = journeyId;
		this.stage = stage;
		this.reason = reason;
	}

	public long journeyId() {
		return this.journeyId;
	}

	/** The stage whose part the change was for. */
	public Stage stage() {
		return this.stage;
	}

	public Reason reason() {
		return this.reason;
	}

	public enum Reason {

		/** The journey has ended (moved on, back together, or closed by a safety lock). */
		ENDED,

		/** The journey is active but in another stage: it has moved past this one, or not reached it. */
		OTHER_STAGE

	}

}
