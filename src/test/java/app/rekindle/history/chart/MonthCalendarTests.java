package app.rekindle.history.chart;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.rekindle.history.chart.MonthCalendar.Day;
import app.rekindle.history.chart.MonthCalendar.MoodKey;
import app.rekindle.history.chart.MonthCalendar.Weekday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MonthCalendarTests {

	private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	private static MonthCalendar november(Map<LocalDate, CalendarEntry> entries) {
		return MonthCalendar.of(NOVEMBER, DayOfWeek.MONDAY, entries, TODAY);
	}

	private static Day day(MonthCalendar calendar, int dayOfMonth) {
		return calendar.weeks().stream().flatMap(List::stream).filter((day) -> day.dayOfMonth() == dayOfMonth)
			.findFirst().orElseThrow();
	}

	@Test
	void novemberTwentyTwentySixFromMondaySpansSixWeeksWithPaddingBeforeTheFirstSunday() {
		MonthCalendar calendar = november(Map.of());

		assertThat(calendar.weeks()).hasSize(6).allSatisfy((week) -> assertThat(week).hasSize(7));
		List<Day> firstWeek = calendar.weeks().get(0);
		assertThat(firstWeek.subList(0, 6)).allSatisfy((day) -> {
			assertThat(day.inMonth()).isFalse();
			assertThat(day.date()).isNull();
			assertThat(day.label()).isEmpty();
			assertThat(day.cssClass()).isEqualTo("is-padding");
		});
		assertThat(firstWeek.get(6).date()).isEqualTo(LocalDate.of(2026, 11, 1));
		List<Day> lastWeek = calendar.weeks().get(5);
		assertThat(lastWeek.get(0).date()).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(lastWeek.subList(1, 7)).noneMatch(Day::inMonth);
		assertThat(calendar.weeks().stream().flatMap(List::stream).filter(Day::inMonth)).hasSize(30);
	}

	@Test
	void aMonthStartingOnTheFirstDayOfTheWeekHasNoLeadingPadding() {
		MonthCalendar february = MonthCalendar.of(YearMonth.of(2027, 2), DayOfWeek.MONDAY, Map.of(), TODAY);

		assertThat(february.weeks()).hasSize(4);
		assertThat(february.weeks().get(0).get(0).date()).isEqualTo(LocalDate.of(2027, 2, 1));
		assertThat(february.weeks().stream().flatMap(List::stream)).allMatch(Day::inMonth);
	}

	@Test
	void startingOnSundayMovesTheFirstToTheFirstColumn() {
		MonthCalendar calendar = MonthCalendar.of(NOVEMBER, DayOfWeek.SUNDAY, Map.of(), TODAY);

		assertThat(calendar.weeks()).hasSize(5);
		assertThat(calendar.weeks().get(0).get(0).dayOfMonth()).isEqualTo(1);
		assertThat(calendar.weekdays()).extracting(Weekday::shortName).startsWith("Sun", "Mon").endsWith("Sat");
	}

	@Test
	void weekdayHeadersHaveShortAndFullNamesFromTheFirstDayOfTheWeek() {
		assertThat(november(Map.of()).weekdays()).containsExactly(new Weekday("Mon", "Monday"),
				new Weekday("Tue", "Tuesday"), new Weekday("Wed", "Wednesday"), new Weekday("Thu", "Thursday"),
				new Weekday("Fri", "Friday"), new Weekday("Sat", "Saturday"), new Weekday("Sun", "Sunday"));
	}

	@Test
	void daysAreLabelledInWordsForScreenReaders() {
		MonthCalendar calendar = november(Map.of(LocalDate.of(2026, 11, 3), new CalendarEntry(4, true),
				LocalDate.of(2026, 11, 4), new CalendarEntry(1, false)));

		assertThat(day(calendar, 3).label()).isEqualTo("Tuesday 3 November: mood 4 of 5 (good), filled in late");
		assertThat(day(calendar, 4).label()).isEqualTo("Wednesday 4 November: mood 1 of 5 (very low)");
		assertThat(day(calendar, 5).label()).isEqualTo("Thursday 5 November: no check-in");
		assertThat(day(calendar, 22).label()).isEqualTo("Sunday 22 November, today: no check-in yet");
		assertThat(day(calendar, 24).label()).isEqualTo("Tuesday 24 November");
	}

	@Test
	void daysCarryTheirMoodAndClasses() {
		MonthCalendar calendar = november(Map.of(LocalDate.of(2026, 11, 3), new CalendarEntry(4, true),
				LocalDate.of(2026, 11, 22), new CalendarEntry(5, false)));

		assertThat(day(calendar, 3).mood()).isEqualTo(4);
		assertThat(day(calendar, 3).late()).isTrue();
		assertThat(day(calendar, 3).cssClass()).isEqualTo("mood-4 is-late");
		assertThat(day(calendar, 5).mood()).isNull();
		assertThat(day(calendar, 5).cssClass()).isEqualTo("no-checkin");
		assertThat(day(calendar, 22).cssClass()).isEqualTo("mood-5 is-today");
		assertThat(day(calendar, 23).cssClass()).isEqualTo("no-checkin is-future");
	}

	@Test
	void onlyTodayIsTodayAndOnlyLaterDaysAreInTheFuture() {
		MonthCalendar calendar = november(Map.of());

		assertThat(calendar.weeks().stream().flatMap(List::stream).filter(Day::isToday)).extracting(Day::dayOfMonth)
			.containsExactly(22);
		assertThat(calendar.weeks().stream().flatMap(List::stream).filter(Day::isFuture)).extracting(Day::dayOfMonth)
			.containsExactly(23, 24, 25, 26, 27, 28, 29, 30);
	}

	@Test
	void ignoresEntriesFromOtherMonths() {
		MonthCalendar calendar = november(Map.of(LocalDate.of(2026, 10, 31), new CalendarEntry(2, false)));

		assertThat(calendar.weeks().stream().flatMap(List::stream)).noneMatch(Day::hasCheckIn);
	}

	@Test
	void namesTheMonthAndItsNeighbours() {
		MonthCalendar calendar = november(Map.of());
		MonthCalendar december = MonthCalendar.of(YearMonth.of(2026, 12), DayOfWeek.MONDAY, Map.of(), TODAY);

		assertThat(calendar.title()).isEqualTo("November 2026");
		assertThat(calendar.previous()).isEqualTo(YearMonth.of(2026, 10));
		assertThat(calendar.next()).isEqualTo(YearMonth.of(2026, 12));
		assertThat(december.next()).isEqualTo(YearMonth.of(2027, 1));
	}

	@Test
	void theLegendGivesEveryMoodAWord() {
		assertThat(november(Map.of()).legend()).containsExactly(new MoodKey(1, "very low", "mood-1"),
				new MoodKey(2, "low", "mood-2"), new MoodKey(3, "okay", "mood-3"), new MoodKey(4, "good", "mood-4"),
				new MoodKey(5, "very good", "mood-5"));
	}

	@Test
	void refusesAMoodOutsideOneToFive() {
		assertThatIllegalArgumentException().isThrownBy(() -> new CalendarEntry(0, false));
		assertThatIllegalArgumentException().isThrownBy(() -> new CalendarEntry(6, false));
	}

}
