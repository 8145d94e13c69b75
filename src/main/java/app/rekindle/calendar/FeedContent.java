package app.rekindle.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * What one feed holds at one instant: nothing a person wrote, only dates and a time.
 *
 * @param ids the feed's event UIDs, stable for its address and opaque
 * @param zone the person's zone, which the reminder time follows
 * @param today the person's date now; the daily reminder starts on it
 * @param reminderTime the daily check-in reminder, in {@code zone}
 * @param goal the day a no-contact goal not yet reached will be reached, if there is one
 * @param stamp when the feed was made (DTSTAMP)
 */
record FeedContent(EventIds ids, ZoneId zone, LocalDate today, LocalTime reminderTime, Optional<GoalDay> goal,
		Instant stamp) {

	/**
	 * The day the chosen number of days without contact is reached, in the journey it belongs to
	 * (which only keys its UID and is never written out).
	 */
	record GoalDay(long journeyId, LocalDate date) {
	}

}
