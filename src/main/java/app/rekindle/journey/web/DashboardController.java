package app.rekindle.journey.web;

import java.time.Clock;
import java.time.ZonedDateTime;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import app.rekindle.account.Account;
import app.rekindle.account.AccountService;
import app.rekindle.account.AccountUser;

@Controller
class DashboardController {

	static final String VIEW_DASHBOARD = "journey/dashboard";

	private final AccountService accounts;

	private final Clock clock;

	DashboardController(AccountService accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@GetMapping("/dashboard")
	String showDashboard(@AuthenticationPrincipal AccountUser user, Model model) {
		Account account = this.accounts.get(user.accountId());
		ZonedDateTime now = this.clock.instant().atZone(account.getTimeZone());
		model.addAttribute("greeting", Greeting.at(now.toLocalTime()).messageCode());
		model.addAttribute("today", now.toLocalDate());
		return VIEW_DASHBOARD;
	}

}
