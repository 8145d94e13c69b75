package app.rekindle.history.chart;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A month of check-ins as a grid of weeks, each day coloured by its mood and labelled in words.
 *
 * @param title for example "November 2026"
 * @param weekdays the column headers, starting with the chosen first day of the week
 * @param weeks whole weeks of seven days; days before the 1st and after the last are padding
 */
public record MonthCalendar(YearMonth month, String title, List<Weekday> weekdays, List<List<Day>> weeks) {

	/** The first day that has a day page ({@code /history/2026-11-03}); the calendar links no day before it. */
	public static final LocalDate EARLIEST_DAY_PAGE = LocalDate.of(2000, 1, 1);

	private static final DateTimeFormatter TITLE = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

	private static final List<MoodKey> LEGEND = List.of(key(1), key(2), key(3), key(4), key(5));

	public MonthCalendar {
		weekdays = List.copyOf(weekdays);
		weeks = weeks.stream().map(List::copyOf).toList();
	}

	/**
	 * @param entries check-ins by day; days outside the month are ignored
	 * @param today the person's own date, which marks today and the days still to come
	 */
	public static MonthCalendar of(YearMonth month, DayOfWeek firstDayOfWeek, Map<LocalDate, CalendarEntry> entries,
			LocalDate today) {
		Objects.requireNonNull(month, "month");
		Objects.requireNonNull(firstDayOfWeek, "firstDayOfWeek");
		Objects.requireNonNull(entries, "entries");
		Objects.requireNonNull(today, "today");
		List<Weekday> weekdays = new ArrayList<>(7);
		for (int i = 0; i < 7; i++) {
			DayOfWeek weekday = firstDayOfWeek.plus(i);
			weekdays.add(new Weekday(weekday.getDisplayName(TextStyle.SHORT, Locale.ENGLISH),
					weekday.getDisplayName(TextStyle.FULL, Locale.ENGLISH)));
		}
		LocalDate first = month.atDay(1);
		int leading = Math.floorMod(first.getDayOfWeek().getValue() - firstDayOfWeek.getValue(), 7);
		int cells = leading + month.lengthOfMonth();
		List<List<Day>> weeks = new ArrayList<>();
		for (int start = 0; start < cells; start += 7) {
			List<Day> week = new ArrayList<>(7);
			for (int cell = start; cell < start + 7; cell++) {
				int dayOfMonth = cell - leading + 1;
				week.add((dayOfMonth < 1 || dayOfMonth > month.lengthOfMonth()) ? Day.PADDING
						: day(month.atDay(dayOfMonth), entries, today));
			}
			weeks.add(week);
		}
		return new MonthCalendar(month, TITLE.format(month), weekdays, weeks);
	}

	private static Day day(LocalDate date, Map<LocalDate, CalendarEntry> entries, LocalDate today) {
		CalendarEntry entry = entries.get(date);
		boolean isToday = date.equals(today);
		boolean isFuture = date.isAfter(today);
		String label = DAY.format(date) + (isToday ? ", today" : "");
		if (entry != null) {
			label += ": mood " + entry.mood() + " of 5 (" + MoodWords.of(entry.mood()) + ")"
					+ (entry.late() ? ", filled in late" : "");
		}
		else if (isToday) {
			label += ": no check-in yet";
		}
		else if (!isFuture) {
			label += ": no check-in";
		}
		return new Day(date, (entry != null) ? entry.mood() : null, entry != null && entry.late(), isToday, isFuture,
				label);
	}

	private static MoodKey key(int mood) {
		return new MoodKey(mood, MoodWords.of(mood), "mood-" + mood);
	}

	public YearMonth previous() {
		return this.month.minusMonths(1);
	}

	public YearMonth next() {
		return this.month.plusMonths(1);
	}

	/** The five mood colours with their words, very low first. */
	public List<MoodKey> legend() {
		return LEGEND;
	}

	/** @param shortName "Mon"; {@code fullName} "Monday", for an {@code abbr} title */
	public record Weekday(String shortName, String fullName) {
	}

	/**
	 * One cell of the grid.
	 *
	 * @param date {@code null} for padding before the 1st and after the month's last day
	 * @param mood 1 to 5, or {@code null} without a check-in
	 * @param label everything the cell shows, in words, for screen readers
	 */
	public record Day(LocalDate date, Integer mood, boolean late, boolean isToday, boolean isFuture, String label) {

		static final Day PADDING = new Day(null, null, false, false, false, "");

		public boolean inMonth() {
			return this.date != null;
		}

		/** 0 for padding. */
		public int dayOfMonth() {
			return inMonth() ? this.date.getDayOfMonth() : 0;
		}

		/** Whether the day links to its own page: a day of the month, not in the future, not before 2000. */
		public boolean hasPage() {
			return inMonth() && !this.isFuture && !this.date.isBefore(EARLIEST_DAY_PAGE);
		}

		public boolean hasCheckIn() {
			return this.mood != null;
		}

		/**
		 * The cell's classes: {@code mood-1}…{@code mood-5} or {@code no-checkin}, then any of
		 * {@code is-late}, {@code is-today}, {@code is-future}; {@code is-padding} outside the month.
		 */
		public String cssClass() {
			if (!inMonth()) {
				return "is-padding";
			}
			StringBuilder classes = new StringBuilder(hasCheckIn() ? "mood-" + this.mood : "no-checkin");
			if (this.late) {
				classes.append(" is-late");
			}
			if (this.isToday) {
				classes.append(" is-today");
			}
			if (this.isFuture) {
				classes.append(" is-future");
			}
			return classes.toString();
		}

	}

	/** @param cssClass the same class a day with this mood has */
	public record MoodKey(int mood, String word, String cssClass) {
	}

}
