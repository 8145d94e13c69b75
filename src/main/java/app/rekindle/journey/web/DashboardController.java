package app.rekindle.journey.web;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Optional;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import app.rekindle.account.Account;
import app.rekindle.account.AccountService;
import app.rekindle.account.AccountUser;
import app.rekindle.checkin.CheckInService;
import app.rekindle.journey.JourneyService;
import app.rekindle.journey.JourneyState;
import app.rekindle.progression.SafetyLock;
import app.rekindle.system.SupportProperties;

/**
 * Today: the day's check-in, and the active journey with its stage, gate, no-contact timer and
 * timeline, or an invitation to begin one.
 */
@Controller
class DashboardController {

	static final String VIEW_DASHBOARD = "journey/dashboard";

	private final AccountService accounts;

	private final JourneyService journeys;

	private final CheckInService checkIns;

	private final SupportProperties support;

	private final Clock clock;

	DashboardController(AccountService accounts, JourneyService journeys, CheckInService checkIns,
			SupportProperties support, Clock clock) {
		this.accounts = accounts;
		this.support = support;
		this.journeys = journeys;
		this.checkIns = checkIns;
		this.clock = clock;
	}

	@GetMapping("/dashboard")
	String showDashboard(@AuthenticationPrincipal AccountUser user, Model model) {
		Account account = this.accounts.get(user.accountId());
		ZonedDateTime now = this.clock.instant().atZone(account.getTimeZone());
		model.addAttribute("greeting", Greeting.at(now.toLocalTime()).messageCode());
		model.addAttribute("today", now.toLocalDate());
		model.addAttribute("zone", account.getTimeZone());
		model.addAttribute("todayCheckIn", this.checkIns.markOn(user.accountId(), now.toLocalDate()).orElse(null));
		Optional<JourneyState> active = this.journeys.active(user.accountId());
		if (active.isPresent()) {
			model.addAttribute("journey", active.get().journey());
			model.addAttribute("gate", active.get().gate());
			if (active.get().gate().safetyLock().filter(SafetyLock::carriedOver).isPresent()) {
				// Reaching out stays closed on this journey: say which earlier journey closed it, and why.
				model.addAttribute("carriedFrom",
						this.journeys.carriedLockOf(user.accountId(), active.get().journey()).orElse(null));
				model.addAttribute("support", this.support);
			}
		}
		else {
			model.addAttribute("lastJourney", this.journeys.lastEnded(user.accountId()).orElse(null));
		}
		return VIEW_DASHBOARD;
	}

}
