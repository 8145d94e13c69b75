package app.rekindle.mail;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReminderTimesTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final LocalTime HALF_PAST_TWO = LocalTime.of(2, 30);

	@Test
	void onAnOrdinaryDayTheReminderIsAtItsLocalTime() {
		assertThat(ReminderTimes.on(LocalDate.of(2026, 6, 1), LocalTime.of(20, 0), BERLIN))
			.isEqualTo(Instant.parse("2026-06-01T18:00:00Z"));
	}

	@Test
	void aTimeThatDoesNotExistOnTheSpringForwardDayFallsAtTheFirstInstantThatDoes() {
		// 29 March 2026: clocks jump from 02:00 to 03:00 in Berlin, so 02:30 never happens; 03:00 CEST is 01:00Z.
		assertThat(ReminderTimes.on(LocalDate.of(2026, 3, 29), HALF_PAST_TWO, BERLIN))
			.isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
		assertThat(ReminderTimes.next(Instant.parse("2026-03-29T01:00:00Z"), HALF_PAST_TWO, BERLIN))
			.as("then the next day's, at its own 02:30")
			.isEqualTo(Instant.parse("2026-03-30T00:30:00Z"));
	}

	@Test
	void aTimeThatHappensTwiceOnTheFallBackDayIsDueOnceAtTheFirst() {
		// 25 October 2026: 02:30 happens at 00:30Z (summer time) and again at 01:30Z (winter time).
		Instant first = ReminderTimes.on(LocalDate.of(2026, 10, 25), HALF_PAST_TWO, BERLIN);
		assertThat(first).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
		assertThat(ReminderTimes.next(first, HALF_PAST_TWO, BERLIN)).isEqualTo(Instant.parse("2026-10-26T01:30:00Z"));
		assertThat(ReminderTimes.next(Instant.parse("2026-10-25T01:00:00Z"), HALF_PAST_TWO, BERLIN))
			.as("between the two, the second does not count")
			.isEqualTo(Instant.parse("2026-10-26T01:30:00Z"));
	}

	@Test
	void theNextReminderIsTodaysWhileItIsStillToComeAndOtherwiseTomorrows() {
		LocalTime eight = LocalTime.of(20, 0);
		assertThat(ReminderTimes.next(Instant.parse("2026-06-01T17:59:59Z"), eight, BERLIN))
			.isEqualTo(Instant.parse("2026-06-01T18:00:00Z"));
		assertThat(ReminderTimes.next(Instant.parse("2026-06-01T18:00:00Z"), eight, BERLIN))
			.isEqualTo(Instant.parse("2026-06-02T18:00:00Z"));
	}

}
