package app.rekindle.history.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.rekindle.account.AccountClock;
import app.rekindle.account.AccountService;
import app.rekindle.account.AccountUser;
import app.rekindle.checkin.CheckInMark;
import app.rekindle.checkin.CheckInService;
import app.rekindle.history.chart.CalendarEntry;
import app.rekindle.history.chart.HourChart;
import app.rekindle.history.chart.LineChart;
import app.rekindle.history.chart.MonthCalendar;
import app.rekindle.nocontact.NoContactService;

/**
 * History: a month of check-ins as a calendar, mood and urge over the last 30, 90 or 365 days,
 * and urges by hour. One query reads the check-ins both views need.
 */
@Controller
class HistoryController {

	static final String VIEW_HISTORY = "history/index";

	static final List<Integer> RANGES = List.of(30, 90, 365);

	private final AccountService accounts;

	private final CheckInService checkIns;

	private final NoContactService noContact;

	private final MessageSource messages;

	private final AccountClock accountClock;

	HistoryController(AccountService accounts, CheckInService checkIns, NoContactService noContact,
			MessageSource messages, AccountClock accountClock) {
		this.accounts = accounts;
		this.checkIns = checkIns;
		this.noContact = noContact;
		this.messages = messages;
		this.accountClock = accountClock;
	}

	@GetMapping("/history")
	String showHistory(@AuthenticationPrincipal AccountUser user, @RequestParam(required = false) String month,
			@RequestParam(required = false) String range, Model model) {
		ZoneId zone = this.accounts.get(user.accountId()).getTimeZone();
		LocalDate today = this.accountClock.today(zone);
		YearMonth shownMonth = parseMonth(month, YearMonth.from(today), model);
		int days = parseRange(range, model);
		LocalDate rangeFrom = today.minusDays(days - 1L);
		LocalDate from = min(shownMonth.atDay(1), rangeFrom);
		LocalDate to = max(shownMonth.atEndOfMonth(), today);
		List<CheckInMark> checkIns = this.checkIns.marksBetween(user.accountId(), from, to);

		Map<LocalDate, CalendarEntry> calendar = new HashMap<>();
		Map<LocalDate, Integer> moods = new HashMap<>();
		Map<LocalDate, Integer> urges = new HashMap<>();
		for (CheckInMark checkIn : checkIns) {
			if (YearMonth.from(checkIn.day()).equals(shownMonth)) {
				calendar.put(checkIn.day(), new CalendarEntry(checkIn.mood(), checkIn.late()));
			}
			if (!checkIn.day().isBefore(rangeFrom) && !checkIn.day().isAfter(today)) {
				moods.put(checkIn.day(), checkIn.mood());
				urges.put(checkIn.day(), checkIn.urge());
			}
		}
		model.addAttribute("calendar", MonthCalendar.of(shownMonth, DayOfWeek.MONDAY, calendar, today));
		model.addAttribute("moodChart", LineChart.of("Mood", describe("mood", days, moods), rangeFrom, today, moods,
				1, 5, "mood"));
		model.addAttribute("urgeChart", LineChart.of("Urge to contact them", describe("urge", days, urges), rangeFrom,
				today, urges, 0, 10, "urge"));
		int[] byHour = this.noContact.urgesByHour(user.accountId(), zone, days);
		model.addAttribute("hourChart", HourChart.of("Urges by hour of the day", describeHours(byHour, days), byHour));
		model.addAttribute("range", days);
		model.addAttribute("ranges", RANGES);
		model.addAttribute("month", shownMonth);
		model.addAttribute("checkInCount", moods.size());
		return VIEW_HISTORY;
	}

	private String describe(String what, int days, Map<LocalDate, Integer> values) {
		OptionalDouble mean = values.values().stream().mapToInt(Integer::intValue).average();
		if (mean.isEmpty()) {
			return message("history.chart." + what + ".none", days);
		}
		return message("history.chart." + what, days, values.size(),
				BigDecimal.valueOf(mean.getAsDouble()).setScale(1, RoundingMode.HALF_UP));
	}

	private String describeHours(int[] byHour, int days) {
		int busiest = 0;
		int total = 0;
		for (int hour = 0; hour < byHour.length; hour++) {
			total += byHour[hour];
			if (byHour[hour] > byHour[busiest]) {
				busiest = hour;
			}
		}
		if (total == 0) {
			return message("history.chart.hours.none", days);
		}
		return message("history.chart.hours", total, days, String.format(Locale.ENGLISH, "%02d:00", busiest),
				String.format(Locale.ENGLISH, "%02d:00", (busiest + 1) % 24));
	}

	private String message(String code, Object... args) {
		return this.messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

	private static YearMonth parseMonth(String month, YearMonth current, Model model) {
		if (month == null || month.isBlank()) {
			return current;
		}
		try {
			return YearMonth.parse(month.strip());
		}
		catch (DateTimeParseException ex) {
			model.addAttribute("problem", "history.month.invalid");
			return current;
		}
	}

	private static int parseRange(String range, Model model) {
		if (range == null || range.isBlank()) {
			return RANGES.get(0);
		}
		try {
			int days = Integer.parseInt(range.strip());
			if (RANGES.contains(days)) {
				return days;
			}
		}
		catch (NumberFormatException ex) {
			// Falls through to the message below.
		}
		model.addAttribute("problem", "history.range.invalid");
		return RANGES.get(0);
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

}
