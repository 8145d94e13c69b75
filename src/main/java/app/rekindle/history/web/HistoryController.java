package app.rekindle.history.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.rekindle.account.AccountUser;
import app.rekindle.history.HistoryPage;
import app.rekindle.history.HistoryService;

/**
 * History: reads the month and period asked for, saying so on the page when one cannot be used,
 * and shows the {@link HistoryPage} that {@link HistoryService#page} puts together.
 */
@Controller
class HistoryController {

	static final String VIEW_HISTORY = "history/index";

	private final HistoryService history;

	HistoryController(HistoryService history) {
		this.history = history;
	}

	@GetMapping("/history")
	String showHistory(@AuthenticationPrincipal AccountUser user, @RequestParam(required = false) String month,
			@RequestParam(required = false) String range, Model model) {
		model.addAttribute("history",
				this.history.page(user.accountId(), parseMonth(month, model), parseRange(range, model)));
		return VIEW_HISTORY;
	}

	/** The month asked for, or {@code null} for this month. */
	private static YearMonth parseMonth(String month, Model model) {
		if (month == null || month.isBlank()) {
			return null;
		}
		try {
			return YearMonth.parse(month.strip());
		}
		catch (DateTimeParseException ex) {
			model.addAttribute("problem", "history.month.invalid");
			return null;
		}
	}

	private static int parseRange(String range, Model model) {
		if (range == null || range.isBlank()) {
			return HistoryPage.RANGES.get(0);
		}
		try {
			int days = Integer.parseInt(range.strip());
			if (HistoryPage.RANGES.contains(days)) {
				return days;
			}
		}
		catch (NumberFormatException ex) {
			// Falls through to the message below.
		}
		model.addAttribute("problem", "history.range.invalid");
		return HistoryPage.RANGES.get(0);
	}

}
