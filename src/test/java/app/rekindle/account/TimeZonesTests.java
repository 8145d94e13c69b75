package app.rekindle.account;

import java.time.Instant;
import java.util.List;

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
	void labelsEachZoneByPlaceWithItsOffsetAtTheGivenInstant() {
		Instant winter = Instant.parse("2026-01-15T12:00:00Z");
		Instant summer = Instant.parse("2026-07-15T12:00:00Z");
		assertThat(TimeZones.options(winter)).contains(new TimeZones.Option("Europe/Berlin", "Berlin (UTC+01:00)"));
		assertThat(TimeZones.options(summer)).contains(new TimeZones.Option("Europe/Berlin", "Berlin (UTC+02:00)"),
				new TimeZones.Option("America/Argentina/Buenos_Aires", "Buenos Aires, Argentina (UTC-03:00)"),
				new TimeZones.Option("Europe/London", "London (UTC+01:00)"),
				new TimeZones.Option("Africa/Abidjan", "Abidjan (UTC)"));
		assertThat(TimeZones.options(summer)).first().satisfies((first) -> assertThat(first.id()).startsWith("Africa/"));
	}

	@Test
	void groupsEveryZoneByContinentOrOceanSortedByPlaceWithUtcLast() {
		List<TimeZones.Group> groups = TimeZones.groups(Instant.parse("2026-07-15T12:00:00Z"));

		assertThat(groups).extracting(TimeZones.Group::label)
			.containsExactly("Africa", "Americas", "Antarctica", "Asia", "Atlantic Ocean", "Australia", "Europe",
					"Indian Ocean", "Pacific Ocean", "Other");
		assertThat(groups.stream().flatMap((group) -> group.options().stream()).map(TimeZones.Option::id))
			.as("every selectable zone, once")
			.doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(
					TimeZones.options(Instant.EPOCH).stream().map(TimeZones.Option::id).toList());
		TimeZones.Group americas = groups.get(1);
		assertThat(americas.options()).extracting(TimeZones.Option::id).contains("America/Sao_Paulo", "America/New_York");
		assertThat(americas.options()).extracting(TimeZones.Option::label)
			.isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
		assertThat(groups.get(groups.size() - 1).options()).extracting(TimeZones.Option::id).containsExactly("UTC");
	}

}
