package app.rekindle.account;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TimeZonesTests {

	@ParameterizedTest
	@ValueSource(strings = { "UTC", "Europe/Berlin", "America/Argentina/Buenos_Aires", "Asia/Kolkata",
			"Pacific/Auckland" })
	void offersTheRegionsPeopleRecognise(String id) {
		assertThat(TimeZones.isSelectable(id)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "US/Pacific", "Etc/GMT+3", "SystemV/EST5", "GMT", "CET", "Mars/Base", "" })
	void leavesOutAliasesAndFixedOffsets(String id) {
		assertThat(TimeZones.isSelectable(id)).isFalse();
	}

	@Test
	void labelsEachZoneWithItsOffsetAtTheGivenInstant() {
		Instant winter = Instant.parse("2026-01-15T12:00:00Z");
		Instant summer = Instant.parse("2026-07-15T12:00:00Z");
		assertThat(TimeZones.options(winter)).contains(new TimeZones.Option("Europe/Berlin", "Europe / Berlin (UTC+01:00)"));
		assertThat(TimeZones.options(summer)).contains(new TimeZones.Option("Europe/Berlin", "Europe / Berlin (UTC+02:00)"));
		assertThat(TimeZones.options(summer)).first().satisfies((first) -> assertThat(first.id()).startsWith("Africa/"));
	}

}
