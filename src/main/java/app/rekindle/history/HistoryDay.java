package app.rekindle.history;

import java.time.LocalDate;
import java.util.List;

import app.rekindle.checkin.CheckIn;
import app.rekindle.history.chart.MonthCalendar;
import app.rekindle.nocontact.UnsentLetter;
import app.rekindle.nocontact.UrgeEvent;

/**
 * One day of the account's journal, in its own time zone: the check-in, the letters written, the
 * urges logged, and anything else written that day.
 *
 * @param checkIn {@code null} without a check-in that day
 * @param other the rest of the day's writing, in the order of {@link SearchHit.Source}
 */
public record HistoryDay(LocalDate day, LocalDate today, CheckIn checkIn, List<UnsentLetter> letters,
		List<UrgeEvent> urges, List<Written> other) {

	/** The first day a day page exists for; the calendar links no day before it. */
	public static final LocalDate EARLIEST = MonthCalendar.EARLIEST_DAY_PAGE;

	public HistoryDay {
		letters = List.copyOf(letters);
		urges = List.copyOf(urges);
		other = List.copyOf(other);
	}

	/** Whether a day has a page: not in the future, and not before {@link #EARLIEST}. */
	public static boolean hasPage(LocalDate day, LocalDate today) {
		return !day.isBefore(EARLIEST) && !day.isAfter(today);
	}

	public boolean isEmpty() {
		return this.checkIn == null && this.letters.isEmpty() && this.urges.isEmpty() && this.other.isEmpty();
	}

	public boolean isToday() {
		return this.day.equals(this.today);
	}

	/** The day before, or {@code null} on the earliest day. */
	public LocalDate previous() {
		LocalDate before = this.day.minusDays(1);
		return hasPage(before, this.today) ? before : null;
	}

	/** The day after, or {@code null} today. */
	public LocalDate next() {
		LocalDate after = this.day.plusDays(1);
		return hasPage(after, this.today) ? after : null;
	}

}
