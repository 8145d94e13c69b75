package app.rekindle.progression;

import app.rekindle.progression.JourneySnapshot.TrustFacts;

/** Stage 4's facts for the snapshot, answered by the {@code trust} module from its tables. */
public interface TrustFactsSource {

	/** The journey's apology, commitments, boundaries and shared activities, in one statement. */
	TrustFacts trustFacts(long journeyId);

}
