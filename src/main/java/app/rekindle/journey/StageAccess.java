package app.rekindle.journey;

import app.rekindle.progression.Stage;

/**
 * When a stage's part of the journal can be changed: most parts only while the journey is active
 * and in that stage ({@link #inStage}); a few, such as goals, letters and the safety screen, for as
 * long as the journey is active ({@link #whileActive}). Anything can be read at any time. A safety
 * lock ends the journey the moment it is recorded, so an ended journey covers it.
 * <p>
 * A stage's service asks {@link JourneyService#open} for the journey before any change, and its
 * pages ask {@link #allows} whether to offer one.
 */
public record StageAccess(Stage stage, boolean anyStage) {

	/** Changes only while the journey is active and in this stage. */
	public static StageAccess inStage(Stage stage) {
		return new StageAccess(stage, false);
	}

	/** Changes while the journey is active, in any stage; the stage names whose part this is. */
	public static StageAccess whileActive(Stage stage) {
		return new StageAccess(stage, true);
	}

	public boolean allows(Journey journey) {
		return journey.isActive() && (this.anyStage || journey.getStage() == this.stage);
	}

}
