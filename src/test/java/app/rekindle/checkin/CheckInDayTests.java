package app.rekindle.checkin;

import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import app.rekindle.account.AccountClock;

import static org.assertj.core.api.Assertions.assertThat;

class CheckInDayTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	static Stream<Arguments> days() {
		int window = CheckInDay.LATE_WINDOW_DAYS;
		return Stream.of(Arguments.of(TODAY, CheckInDay.TODAY), Arguments.of(TODAY.minusDays(1), CheckInDay.LATE),
				Arguments.of(TODAY.minusDays(window), CheckInDay.LATE),
				Arguments.of(TODAY.minusDays(window + 1), CheckInDay.TOO_OLD),
				Arguments.of(TODAY.plusDays(1), CheckInDay.FUTURE),
				// Across the turn of a month and of daylight saving, days are still just days.
				Arguments.of(LocalDate.of(2026, 10, 25), CheckInDay.TOO_OLD));
	}

	@ParameterizedTest(name = "{0} is {1}")
	@MethodSource("days")
	void tellsWhichDaysCanBeCheckedInFor(LocalDate day, CheckInDay expected) {
		assertThat(CheckInDay.of(day, TODAY)).isEqualTo(expected);
		assertThat(CheckInDay.of(day, TODAY).isAllowed()).isEqualTo(expected == CheckInDay.TODAY || expected == CheckInDay.LATE);
	}

	static Stream<Arguments> instants() {
		return Stream.of(Arguments.of("2026-03-29T21:59:00Z", "Europe/Berlin", "2026-03-29"),
				Arguments.of("2026-03-29T22:01:00Z", "Europe/Berlin", "2026-03-30"),
				Arguments.of("2026-10-25T22:59:00Z", "Europe/Berlin", "2026-10-25"),
				Arguments.of("2026-10-25T23:01:00Z", "Europe/Berlin", "2026-10-26"),
				Arguments.of("2026-11-22T10:30:00Z", "Pacific/Kiritimati", "2026-11-23"),
				Arguments.of("2026-11-22T10:30:00Z", "Pacific/Pago_Pago", "2026-11-21"));
	}

	@ParameterizedTest(name = "{0} in {1} is {2}")
	@MethodSource("instants")
	void todayIsThePersonsOwnDay(String instant, String zone, String day) {
		AccountClock accountClock = new AccountClock(null,
				java.time.Clock.fixed(java.time.Instant.parse(instant), java.time.ZoneOffset.UTC));
		assertThat(accountClock.today(java.time.ZoneId.of(zone))).isEqualTo(LocalDate.parse(day));
	}

}
