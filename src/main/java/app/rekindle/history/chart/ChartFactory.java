package app.rekindle.history.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import app.rekindle.checkin.CheckInMark;

/**
 * Builds the charts of a period for the history page and the summary alike, with their titles and
 * the sentences a screen reader reads in place of each picture ({@code chart.*} in
 * {@code messages.properties}). Only the period's days count, whatever else is handed in.
 */
@Component
public class ChartFactory {

	static final int MOOD_MIN = 1;

	static final int MOOD_MAX = 5;

	static final int URGE_MIN = 0;

	static final int URGE_MAX = 10;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private final MessageSource messages;

	ChartFactory(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * @param checkIns the check-ins' figures; those outside the period are left out
	 * @param urges when each urge was felt; those outside the period (in {@code zone}) are left out
	 * @param zone the person's time zone, which places each urge in its hour and day
	 */
	public Charts charts(ChartPeriod period, List<CheckInMark> checkIns, Collection<Instant> urges, ZoneId zone) {
		String days = period(period);
		return new Charts(period, line("mood", period, days, checkIns, CheckInMark::mood, MOOD_MIN, MOOD_MAX),
				line("urge", period, days, checkIns, CheckInMark::urge, URGE_MIN, URGE_MAX),
				hours(period, days, urges, zone));
	}

	private LineChart line(String what, ChartPeriod period, String days, List<CheckInMark> checkIns,
			ToIntFunction<CheckInMark> value, int min, int max) {
		Map<LocalDate, Integer> values = new HashMap<>();
		for (CheckInMark checkIn : checkIns) {
			if (period.contains(checkIn.day())) {
				values.put(checkIn.day(), value.applyAsInt(checkIn));
			}
		}
		String description = values.isEmpty() ? message("chart." + what + ".description.none", days)
				: message("chart." + what + ".description", days, values.size(), mean(values));
		return LineChart.of(message("chart." + what + ".title"), description, period.from(), period.to(), values, min,
				max, what);
	}

	private HourChart hours(ChartPeriod period, String days, Collection<Instant> urges, ZoneId zone) {
		int[] byHour = new int[24];
		for (Instant felt : urges) {
			ZonedDateTime local = felt.atZone(zone);
			if (period.contains(local.toLocalDate())) {
				byHour[local.getHour()]++;
			}
		}
		return HourChart.of(message("chart.hours.title"), describeHours(byHour, days), byHour);
	}

	/** The total and, when one hour had more than every other, that hour. */
	private String describeHours(int[] byHour, String days) {
		int busiest = 0;
		int total = 0;
		for (int hour = 0; hour < byHour.length; hour++) {
			total += byHour[hour];
			if (byHour[hour] > byHour[busiest]) {
				busiest = hour;
			}
		}
		if (total == 0) {
			return message("chart.hours.description.none", days);
		}
		int most = byHour[busiest];
		long hoursWithMost = Arrays.stream(byHour).filter((count) -> count == most).count();
		if (hoursWithMost > 1) {
			return message("chart.hours.description.even", total, days);
		}
		return message("chart.hours.description", total, days, clock(busiest), clock(busiest + 1));
	}

	/** "over the last 30 days", "today", "on 3 November 2026" or "from 3 October 2026 to 1 November 2026". */
	private String period(ChartPeriod period) {
		if (period.endsToday()) {
			return message("chart.period.recent", period.days());
		}
		if (period.days() == 1) {
			return message("chart.period.day", DAY.format(period.from()));
		}
		return message("chart.period.between", DAY.format(period.from()), DAY.format(period.to()));
	}

	/** With one decimal always, as the summary's figures show it ("3.0", where ICU would write "3"). */
	private static String mean(Map<LocalDate, Integer> values) {
		double mean = values.values().stream().mapToInt(Integer::intValue).average().orElse(0);
		return BigDecimal.valueOf(mean).setScale(1, RoundingMode.HALF_UP).toPlainString();
	}

	private static String clock(int hour) {
		return String.format(Locale.ENGLISH, "%02d:00", hour);
	}

	private String message(String code, Object... args) {
		return this.messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

}
