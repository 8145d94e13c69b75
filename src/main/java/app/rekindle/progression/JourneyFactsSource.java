package app.rekindle.progression;

import java.util.Optional;
import java.util.Set;

import app.rekindle.progression.JourneySnapshot.JourneyFacts;

/**
 * The journey's own facts for its snapshot, answered by the {@code journey} module from its
 * tables: the journey with its timeline, and its safety locks. Read for every stage.
 */
public interface JourneyFactsSource {

	/**
	 * The journey and the account it belongs to, in one statement.
	 * @throws java.util.NoSuchElementException when there is no such journey
	 */
	AccountJourney journey(long journeyId);

	/** The journey's own locks and any lock it carries over, in one statement. */
	Locks locks(long journeyId);

	/** A journey's facts, and the account whose check-ins count for it. */
	record AccountJourney(long accountId, JourneyFacts facts) {
	}

	/**
	 * The concerns recorded on the journey itself, and the lock it carries over from an earlier
	 * journey with the same person, if it carries one.
	 */
	record Locks(Set<SafetyConcern> own, Optional<CarriedLock> carried) {

		public Locks {
			own = Set.copyOf(own);
		}

	}

	/**
	 * A lock carried over: the earlier journey whose lock it is (empty once that journey is gone)
	 * and the concerns recorded on it.
	 */
	record CarriedLock(Optional<Long> fromJourneyId, Set<SafetyConcern> concerns) {

		public CarriedLock {
			concerns = Set.copyOf(concerns);
		}

	}

}
