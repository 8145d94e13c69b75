package app.rekindle.progression;

import app.rekindle.progression.JourneySnapshot.ReflectionFacts;

/** Stage 1's facts for the snapshot, answered by the {@code reflection} module from its tables. */
public interface ReflectionFactsSource {

	/** What the journey's reflection holds, in one statement. */
	ReflectionFacts reflectionFacts(long journeyId);

}
