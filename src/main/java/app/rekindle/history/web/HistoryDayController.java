package app.rekindle.history.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import app.rekindle.account.AccountClock;
import app.rekindle.account.AccountService;
import app.rekindle.account.AccountUser;
import app.rekindle.checkin.CheckInDay;
import app.rekindle.checkin.SelfCare;
import app.rekindle.history.HistoryDay;
import app.rekindle.history.HistoryService;

/**
 * One day of the journal, opened from the calendar or a search result. The day is the account's
 * own date, so there is no id that could name another person's; a day that cannot be read, or has
 * no page, gets a short page saying so with the status that fits.
 */
@Controller
class HistoryDayController {

	static final String VIEW_DAY = "history/day";

	static final String VIEW_NO_DAY = "history/no-day";

	private final HistoryService history;

	private final AccountService accounts;

	private final AccountClock accountClock;

	HistoryDayController(HistoryService history, AccountService accounts, AccountClock accountClock) {
		this.history = history;
		this.accounts = accounts;
		this.accountClock = accountClock;
	}

	@GetMapping("/history/{day}")
	String showDay(@AuthenticationPrincipal AccountUser user, @PathVariable("day") String text, Model model,
			HttpServletResponse response) {
		LocalDate day;
		try {
			day = LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			return noDay(response, HttpStatus.BAD_REQUEST, "history.day.unreadable", model);
		}
		ZoneId zone = this.accounts.timeZone(user.accountId());
		LocalDate today = this.accountClock.today(zone);
		if (!HistoryDay.hasPage(day, today)) {
			return noDay(response, HttpStatus.NOT_FOUND, day.isAfter(today) ? "history.day.future" : "history.day.tooEarly",
					model);
		}
		HistoryDay shown = this.history.day(user.accountId(), zone, day);
		model.addAttribute("shown", shown);
		model.addAttribute("zone", zone);
		model.addAttribute("month", YearMonth.from(day));
		model.addAttribute("selfCareOptions", SelfCare.values());
		model.addAttribute("canFillIn", CheckInDay.of(day, shown.today()).isAllowed());
		return VIEW_DAY;
	}

	private static String noDay(HttpServletResponse response, HttpStatus status, String problem, Model model) {
		response.setStatus(status.value());
		model.addAttribute("status", status.value());
		model.addAttribute("problem", problem);
		return VIEW_NO_DAY;
	}

}
