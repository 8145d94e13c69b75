package app.rekindle.progression;

import app.rekindle.progression.JourneySnapshot.TrialFacts;

/** Stage 5's facts for the snapshot, answered by the {@code trial} module from its tables. */
public interface TrialFactsSource {

	/** When the journey's trial began and which checkpoints are reviewed: two statements. */
	TrialFacts trialFacts(long journeyId);

}
