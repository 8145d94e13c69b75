package app.rekindle.journey.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

import app.rekindle.account.Account;
import app.rekindle.account.AccountClock;
import app.rekindle.account.AccountService;
import app.rekindle.account.AccountUser;
import app.rekindle.checkin.CheckInMark;
import app.rekindle.checkin.CheckInService;
import app.rekindle.journey.JourneyService;
import app.rekindle.journey.JourneyState;
import app.rekindle.progression.SafetyLock;
import app.rekindle.system.SupportProperties;

/**
 * Today: the day's check-in, the pause, the journey's one next step and one line of progress, or an
 * invitation to begin. The full checklist, the timer and the timeline live on the journey's page.
 */
@Controller
class DashboardController {

	static final String VIEW_DASHBOARD = "journey/dashboard";

	/** The session remembers the day the support card was put away, so it stays away until tomorrow. */
	static final String SUPPORT_CARD_DISMISSED_ON = "supportCardDismissedOn";

	private final AccountService accounts;

	private final JourneyService journeys;

	private final CheckInService checkIns;

	private final LowDays lowDays;

	private final SupportProperties support;

	private final AccountClock accountClock;

	private final Clock clock;

	DashboardController(AccountService accounts, JourneyService journeys, CheckInService checkIns, LowDays lowDays,
			SupportProperties support, AccountClock accountClock, Clock clock) {
		this.accounts = accounts;
		this.support = support;
		this.journeys = journeys;
		this.checkIns = checkIns;
		this.lowDays = lowDays;
		this.accountClock = accountClock;
		this.clock = clock;
	}

	@GetMapping("/dashboard")
	String showDashboard(@AuthenticationPrincipal AccountUser user, HttpSession session, Model model) {
		Account account = this.accounts.get(user.accountId());
		LocalDate today = this.accountClock.today(account.getTimeZone());
		ZonedDateTime now = this.clock.instant().atZone(account.getTimeZone());
		// One read gives today's figures and the recent days the support card looks at.
		List<CheckInMark> recent = this.checkIns.marksBetween(user.accountId(), this.lowDays.since(today), today);
		model.addAttribute("greeting", Greeting.at(now.toLocalTime()).messageCode());
		model.addAttribute("today", today);
		model.addAttribute("zone", account.getTimeZone());
		model.addAttribute("todayCheckIn",
				recent.stream().filter((mark) -> mark.day().equals(today)).findFirst().orElse(null));
		model.addAttribute("supportCard",
				this.lowDays.areMany(recent) && !today.equals(session.getAttribute(SUPPORT_CARD_DISMISSED_ON)));
		Optional<JourneyState> active = this.journeys.active(user.accountId());
		if (active.isPresent()) {
			model.addAttribute("journey", active.get().journey());
			model.addAttribute("gate", active.get().gate());
			model.addAttribute("nextStep", NextStep.of(active.get().journey(), active.get().gate()).orElse(null));
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

	/** "Not now" on the support card: it stays away for the rest of the person's day. */
	@PostMapping("/dashboard/support-card")
	String dismissSupportCard(@AuthenticationPrincipal AccountUser user, HttpSession session) {
		session.setAttribute(SUPPORT_CARD_DISMISSED_ON, this.accountClock.today(user.accountId()));
		return "redirect:/dashboard";
	}

}
