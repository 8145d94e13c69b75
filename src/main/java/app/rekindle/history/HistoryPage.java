package app.rekindle.history;

import java.time.YearMonth;
import java.util.List;

import app.rekindle.history.chart.Charts;
import app.rekindle.history.chart.MonthCalendar;

/**
 * The history page: a month of check-ins as a calendar, and the charts of the last {@code days}
 * days.
 *
 * @param days one of {@link #RANGES}
 */
public record HistoryPage(MonthCalendar calendar, int days, Charts charts) {

	/** The periods the charts can show, in days; the first is the default. */
	public static final List<Integer> RANGES = List.of(30, 90, 365);

	public YearMonth month() {
		return this.calendar.month();
	}

	public List<Integer> ranges() {
		return RANGES;
	}

}
