package app.rekindle.progression;

/** Stage 2's growth goals for the snapshot, answered by the {@code nocontact} module from its tables. */
public interface GoalFactsSource {

	/** How many of the journey's growth goals have any progress recorded, in one statement. */
	int goalsWithProgress(long journeyId);

}
