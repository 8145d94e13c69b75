package app.rekindle.journey;

import app.rekindle.progression.GateEvaluation;
import app.rekindle.progression.Stage;

/** What happened when a person asked to advance. */
public sealed interface AdvanceResult {

	/** The gate was open; the journey is now in {@code stage}. */
	record Advanced(Stage stage) implements AdvanceResult {
	}

	/** The gate is closed; the evaluation says what is missing. */
	record Refused(GateEvaluation evaluation) implements AdvanceResult {
	}

	/** The journey was no longer where the request expected (another tab or a double click got there first). */
	record AlreadyMoved(Stage stage) implements AdvanceResult {
	}

}
