package app.rekindle.progression;

import java.util.List;

import app.rekindle.progression.JourneySnapshot.OutreachFacts;

/** Stage 3's facts for the snapshot, answered by the {@code outreach} module from its tables. */
public interface OutreachFactsSource {

	/** The journey's sent messages with their replies, and its conversations' ratings: two statements. */
	OutreachFacts outreachFacts(long journeyId);

	/**
	 * The replies logged on the journey's sent messages, in one statement: read for the earlier
	 * journey whose lock a new one carries over, since a no from the ex closed it too.
	 */
	List<Reply> replies(long journeyId);

}
