package app.rekindle.progression;

import java.time.LocalDate;
import java.util.List;

import app.rekindle.progression.JourneySnapshot.NoContactFacts.CheckIn;

/**
 * An account's check-ins for the snapshot, answered by the {@code checkin} module from its table.
 * Read for every stage: the no-contact count runs in all of them.
 */
public interface CheckInFactsSource {

	/** The account's check-ins from {@code from} on, oldest first, in one statement. */
	List<CheckIn> checkInsFrom(long accountId, LocalDate from);

}
