package app.rekindle.calendar;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import app.rekindle.account.TimeZones;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarWriterTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final LocalDate TODAY = LocalDate.of(2026, 10, 1);

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");

	private static final Instant NOW = Instant.parse("2026-10-01T12:00:00Z");

	private static final String TOKEN = "q0bzVv3x9c7hT1n_5mYxJr2LwQeKp8aDsUfGiHoZtN4";

	private static final EventIds IDS = EventIds.keyedBy(TOKEN);

	private final CalendarWriter writer = new CalendarWriter();

	@Test
	void writesADailyNoteAtTheChosenTimeInThePersonsZoneWithAReminder() throws Exception {
		Calendar calendar = parse(this.writer.write(content(BERLIN, LocalTime.of(20, 0), Optional.empty())));

		assertThat(value(calendar, Property.VERSION)).isEqualTo("2.0");
		assertThat(value(calendar, Property.PRODID)).isEqualTo(CalendarWriter.PRODUCT_ID);
		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		assertThat(events).hasSize(1);
		VEvent checkIn = events.get(0);
		assertThat(value(checkIn, Property.SUMMARY)).isEqualTo("Daily note");
		assertThat(value(checkIn, Property.DESCRIPTION)).isEqualTo("A minute to note how today went.");
		assertThat(value(checkIn, Property.UID)).isEqualTo(IDS.dailyNote()).matches("[0-9a-f]{32}");
		assertThat(value(checkIn, Property.RRULE)).isEqualTo("FREQ=DAILY");
		assertThat(value(checkIn, Property.DTSTAMP)).isEqualTo("20261001T120000Z");
		assertThat(checkIn.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID").orElseThrow().getValue())
			.isEqualTo("Europe/Berlin");

		assertThat(value(checkIn, Property.DTSTART)).isEqualTo("20261001T200000");
		assertThat(value(checkIn, Property.DURATION)).isEqualTo("PT15M");

		// 20:00 in Berlin is 18:00 UTC in summer time and 19:00 UTC once the clocks go back on 25 October.
		VTimeZone berlin = calendar.<VTimeZone>getComponents(Component.VTIMEZONE).get(0);
		assertThat(offsetAt(berlin, Instant.parse("2026-10-01T18:00:00Z"))).isEqualTo(ZoneOffset.ofHours(2));
		assertThat(offsetAt(berlin, Instant.parse("2026-10-25T00:59:59Z"))).isEqualTo(ZoneOffset.ofHours(2));
		assertThat(offsetAt(berlin, Instant.parse("2026-10-25T01:00:00Z"))).isEqualTo(ZoneOffset.ofHours(1));
		assertThat(offsetAt(berlin, Instant.parse("2026-10-31T19:00:00Z"))).isEqualTo(ZoneOffset.ofHours(1));
		assertThat(offsetAt(berlin, Instant.parse("2027-03-28T01:00:00Z"))).isEqualTo(ZoneOffset.ofHours(2));

		List<VAlarm> alarms = checkIn.getAlarms();
		assertThat(alarms).hasSize(1);
		assertThat(value(alarms.get(0), Property.ACTION)).isEqualTo("DISPLAY");
		assertThat(value(alarms.get(0), Property.TRIGGER)).isEqualTo("PT0S");
		assertThat(value(alarms.get(0), Property.DESCRIPTION)).isEqualTo("Daily note");
	}

	@Test
	void writesTheGoalDayAsAnAllDayEventOnItsDay() throws Exception {
		Calendar calendar = parse(this.writer.write(content(BERLIN, LocalTime.of(20, 0),
				Optional.of(new FeedContent.GoalDay(42, LocalDate.of(2026, 10, 19))))));

		VEvent goal = calendar.<VEvent>getComponents(Component.VEVENT)
			.stream()
			.filter((event) -> value(event, Property.SUMMARY).equals("Goal day"))
			.findFirst()
			.orElseThrow();
		assertThat(value(goal, Property.DESCRIPTION)).startsWith("The day you set out to reach.");
		assertThat(value(goal, Property.UID)).isEqualTo(IDS.goalDay(42)).matches("[0-9a-f]{32}");
		assertThat(goal.getDateTimeStart().getDate()).isEqualTo(LocalDate.of(2026, 10, 19));
		assertThat(goal.getDateTimeEnd().getDate()).isEqualTo(LocalDate.of(2026, 10, 20));
		assertThat(goal.getProperty(Property.RRULE)).isEmpty();
		assertThat(goal.getAlarms()).isEmpty();
	}

	@Test
	void keepsEveryEventNeutralPrivateAndFree() throws Exception {
		String text = this.writer.write(content(BERLIN, LocalTime.of(7, 30),
				Optional.of(new FeedContent.GoalDay(42, LocalDate.of(2026, 10, 19)))));
		Calendar calendar = parse(text);

		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		assertThat(events).hasSize(2);
		for (VEvent event : events) {
			assertThat(value(event, Property.SUMMARY)).isIn("Daily note", "Goal day");
			assertThat(value(event, Property.CLASS)).isEqualTo("PRIVATE");
			assertThat(value(event, Property.TRANSP)).isEqualTo("TRANSPARENT");
			assertThat(event.getProperty(Property.URL)).isEmpty();
			assertThat(event.getProperty(Property.LOCATION)).isEmpty();
		}
		assertThat(value(calendar, "X-WR-CALNAME")).isEqualTo("Journal");
		assertThat(text).doesNotContainIgnoringCase("contact").doesNotContainIgnoringCase("rekindle.app");
	}

	@Test
	void givesEachEventAnOpaqueUidThatStaysWithTheAddress() {
		EventIds same = EventIds.keyedBy(TOKEN);
		EventIds otherAddress = EventIds.keyedBy("Z".repeat(43));

		assertThat(same.dailyNote()).isEqualTo(IDS.dailyNote()).matches("[0-9a-f]{32}");
		assertThat(same.goalDay(42)).isEqualTo(IDS.goalDay(42)).matches("[0-9a-f]{32}");
		assertThat(IDS.goalDay(42)).isNotEqualTo(IDS.goalDay(43)).isNotEqualTo(IDS.dailyNote());
		assertThat(otherAddress.dailyNote()).isNotEqualTo(IDS.dailyNote());
		assertThat(otherAddress.goalDay(42)).isNotEqualTo(IDS.goalDay(42));
		assertThat(IDS.toString()).doesNotContain(TOKEN);
	}

	@Test
	void endsEveryLineWithCrLfAndFoldsAtSeventyFiveOctets() {
		String text = this.writer.write(content(ZoneId.of("America/Argentina/ComodRivadavia"), LocalTime.of(20, 0),
				Optional.of(new FeedContent.GoalDay(42, LocalDate.of(2026, 10, 19)))));

		assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
		assertThat(text.replace("\r\n", "")).doesNotContain("\r", "\n");
		assertThat(text.split("\r\n"))
			.allSatisfy((line) -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
	}

	/**
	 * Every zone a person can choose: the reminder's TZID has its VTIMEZONE in the feed, and that
	 * definition gives the JDK's offset (the one the app's days follow) at the reminder on every day
	 * of a year and on both sides of every change of clocks it covers.
	 *
	 * <p>Read with {@link VTimeZone#getApplicableObservance}, ical4j's reading of RFC 5545. (Its
	 * conversion into java.time rules, which {@code calculateRecurrenceSet} uses, ignores RDATE.)
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("selectableZones")
	void definesThePersonsZoneAsTheJdkDoesInEverySelectableZone(String zoneId) throws Exception {
		ZoneId zone = ZoneId.of(zoneId);
		Calendar calendar = parse(this.writer.write(content(zone, LocalTime.of(20, 30), Optional.empty())));

		List<VTimeZone> definitions = calendar.getComponents(Component.VTIMEZONE);
		assertThat(definitions).hasSize(1);
		VTimeZone definition = definitions.get(0);
		assertThat(definition.getTimeZoneId().getValue()).isEqualTo(zoneId);
		VEvent checkIn = calendar.<VEvent>getComponents(Component.VEVENT).get(0);
		assertThat(checkIn.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID").orElseThrow().getValue())
			.isEqualTo(zoneId);
		assertThat(value(checkIn, Property.DTSTART)).isEqualTo("20261001T203000");

		ZoneRules rules = zone.getRules();
		for (int day = 0; day < 366; day++) {
			Instant reminder = ZonedDateTime.of(TODAY.plusDays(day), LocalTime.of(20, 30), zone).toInstant();
			assertThat(offsetAt(definition, reminder)).as("reminder on day %d", day).isEqualTo(rules.getOffset(reminder));
		}
		Instant end = NOW.atZone(zone).plusYears(TimeZoneDefinition.YEARS_AHEAD).toInstant();
		for (ZoneOffsetTransition change = rules.nextTransition(NOW); change != null
				&& change.getInstant().isBefore(end); change = rules.nextTransition(change.getInstant())) {
			assertThat(offsetAt(definition, change.getInstant().minusSeconds(1))).as("before %s", change)
				.isEqualTo(change.getOffsetBefore());
			assertThat(offsetAt(definition, change.getInstant())).as("at %s", change).isEqualTo(change.getOffsetAfter());
		}
	}

	static Stream<String> selectableZones() {
		return TimeZones.options(NOW).stream().map(TimeZones.Option::id);
	}

	private static FeedContent content(ZoneId zone, LocalTime reminderTime, Optional<FeedContent.GoalDay> goal) {
		return new FeedContent(IDS, zone, TODAY, reminderTime, goal, NOW);
	}

	static Calendar parse(String text) throws Exception {
		return new CalendarBuilder().build(new StringReader(text));
	}

	private static String value(Calendar calendar, String name) {
		return calendar.getProperty(name).orElseThrow().getValue();
	}

	private static String value(Component component, String name) {
		return component.getProperty(name).map(Property::getValue).orElse("");
	}

	/**
	 * The offset a VTIMEZONE gives at an instant, read as RFC 5545 §3.6.5 says: the observance in
	 * force is the one with the latest onset at or before the instant, an onset being its DTSTART or
	 * an RDATE in local time at its TZOFFSETFROM. (ical4j's own {@code getApplicableObservance}
	 * reads the instant as local time, and its java.time conversion ignores RDATE; the feed
	 * writes no RRULE in a VTIMEZONE, which this test checks.)
	 */
	static ZoneOffset offsetAt(VTimeZone definition, Instant instant) {
		ZoneOffset offset = null;
		Instant latest = null;
		for (Observance observance : definition.getObservances()) {
			assertThat(observance.getProperty(Property.RRULE)).isEmpty();
			ZoneOffset from = ZoneOffset.of(value(observance, Property.TZOFFSETFROM));
			List<String> onsets = Stream.concat(Stream.of(value(observance, Property.DTSTART)),
					observance.getProperties(Property.RDATE).stream().map(Property::getValue))
				.toList();
			for (String onset : onsets) {
				Instant at = LocalDateTime.parse(onset, LOCAL).toInstant(from);
				if (!at.isAfter(instant) && (latest == null || at.isAfter(latest))) {
					latest = at;
					offset = ZoneOffset.of(value(observance, Property.TZOFFSETTO));
				}
			}
		}
		assertThat(offset).as("an observance in force at %s", instant).isNotNull();
		return offset;
	}


}
