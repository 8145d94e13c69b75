package app.rekindle.progression;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import app.rekindle.progression.JourneySnapshot.JourneyFacts;

import static app.rekindle.progression.Fixtures.GATE_RULES;
import static app.rekindle.progression.Fixtures.RULES;
import static org.assertj.core.api.Assertions.assertThat;

/** Days change at the person's own midnight, whatever the server's zone and across daylight saving. */
class DayCountingTests {

	static Stream<Arguments> instantsAroundLocalMidnight() {
		return Stream.of(
				// Auckland is UTC+13 in November: 10:59Z is 23:59 there, 11:01Z already the next day.
				Arguments.of("Auckland before midnight", "Pacific/Auckland", "2026-11-22T10:59:00Z", "2026-11-01", 21),
				Arguments.of("Auckland after midnight", "Pacific/Auckland", "2026-11-22T11:01:00Z", "2026-11-01", 22),
				// Los Angeles is UTC-8: 07:59Z on the 23rd is still the 22nd there.
				Arguments.of("Los Angeles before midnight", "America/Los_Angeles", "2026-11-23T07:59:00Z", "2026-11-01", 21),
				Arguments.of("Los Angeles after midnight", "America/Los_Angeles", "2026-11-23T08:01:00Z", "2026-11-01", 22),
				// Berlin leaves summer time on 25 October 2026 (a 25-hour day).
				Arguments.of("Berlin, night the clocks go back, before midnight", "Europe/Berlin", "2026-10-25T22:59:00Z", "2026-10-20", 5),
				Arguments.of("Berlin, night the clocks go back, after midnight", "Europe/Berlin", "2026-10-25T23:01:00Z", "2026-10-20", 6),
				// Berlin enters summer time on 29 March 2026 (a 23-hour day).
				Arguments.of("Berlin, spring forward, before midnight", "Europe/Berlin", "2026-03-29T21:59:00Z", "2026-03-20", 9),
				Arguments.of("Berlin, spring forward, after midnight", "Europe/Berlin", "2026-03-29T22:01:00Z", "2026-03-20", 10),
				// New York: clocks go back on 1 November 2026.
				Arguments.of("New York, day after the change, before midnight", "America/New_York", "2026-11-03T04:59:00Z", "2026-10-31", 2),
				Arguments.of("New York, day after the change, after midnight", "America/New_York", "2026-11-03T05:01:00Z", "2026-10-31", 3));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("instantsAroundLocalMidnight")
	void countsDaysInThePersonsZone(String name, String zone, String instant, String lastContact, int daysDone) {
		LocalDate contact = LocalDate.parse(lastContact);
		JourneyFacts facts = new JourneyFacts(Stage.NO_CONTACT, ZoneId.of(zone), contact.atStartOfDay(ZoneId.of(zone)).toInstant(),
				contact.atStartOfDay(ZoneId.of(zone)).toInstant(), contact.minusDays(3), contact,
				RULES.noContact().defaultDays(), null);
		GateEvaluation gate = GATE_RULES.evaluate(JourneySnapshot.of(facts), Instant.parse(instant));
		assertThat(gate.noContact().daysDone()).isEqualTo(daysDone);
		assertThat(gate.noContact().endsOn()).isEqualTo(contact.plusDays(RULES.noContact().defaultDays()));
	}

}
