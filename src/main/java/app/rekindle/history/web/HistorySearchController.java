package app.rekindle.history.web;

import java.time.ZoneId;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.rekindle.account.AccountService;
import app.rekindle.account.AccountUser;
import app.rekindle.history.HistoryService;
import app.rekindle.history.SearchHit;

/** Search in everything the account wrote, twenty results a page. */
@Controller
class HistorySearchController {

	static final String VIEW_SEARCH = "history/search";

	static final int PAGE_SIZE = 20;

	private final HistoryService history;

	private final AccountService accounts;

	HistorySearchController(HistoryService history, AccountService accounts) {
		this.history = history;
		this.accounts = accounts;
	}

	@GetMapping("/history/search")
	String search(@AuthenticationPrincipal AccountUser user, @RequestParam(required = false) String q,
			@RequestParam(required = false) String page, Model model) {
		model.addAttribute("q", (q != null) ? q : "");
		if (q == null || q.isBlank()) {
			return VIEW_SEARCH;
		}
		if (!HistoryService.isValidQuery(q)) {
			model.addAttribute("problem", "history.search.tooLong");
			return VIEW_SEARCH;
		}
		ZoneId zone = this.accounts.timeZone(user.accountId());
		List<SearchHit> hits = this.history.search(user.accountId(), zone, q);
		int pages = Math.max(1, (hits.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.min(pages, Math.max(1, parsePage(page)));
		model.addAttribute("total", hits.size());
		model.addAttribute("hits", hits.subList((current - 1) * PAGE_SIZE, Math.min(hits.size(), current * PAGE_SIZE)));
		model.addAttribute("page", current);
		model.addAttribute("pages", pages);
		return VIEW_SEARCH;
	}

	private static int parsePage(String page) {
		try {
			return (page == null) ? 1 : Integer.parseInt(page.strip());
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}
