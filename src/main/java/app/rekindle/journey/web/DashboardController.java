package app.rekindle.journey.web;

import java.time.Clock;
import java.time.ZonedDateTime;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

import app.rekindle.account.AccountClock;
import app.rekindle.account.AccountUser;
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

	private final TodayReader reader;

	private final LowDays lowDays;

	private final SupportProperties support;

	private final AccountClock accountClock;

	private final Clock clock;

	DashboardController(TodayReader reader, LowDays lowDays, SupportProperties support, AccountClock accountClock,
			Clock clock) {
		this.reader = reader;
		this.lowDays = lowDays;
		this.support = support;
		this.accountClock = accountClock;
		this.clock = clock;
	}

	@GetMapping("/dashboard")
	String showDashboard(@AuthenticationPrincipal AccountUser user, HttpSession session, Model model) {
		TodayReader.Today today = this.reader.read(user.accountId());
		ZonedDateTime now = this.clock.instant().atZone(today.zone());
		model.addAttribute("greeting", Greeting.at(now.toLocalTime()).messageCode());
		model.addAttribute("today", today.today());
		model.addAttribute("zone", today.zone());
		model.addAttribute("todayCheckIn", today.todayCheckIn().orElse(null));
		model.addAttribute("supportCard", this.lowDays.areMany(today.recent())
				&& !today.today().equals(session.getAttribute(SUPPORT_CARD_DISMISSED_ON)));
		if (today.active().isPresent()) {
			JourneyState active = today.active().get();
			model.addAttribute("journey", active.journey());
			model.addAttribute("gate", active.gate());
			model.addAttribute("nextStep", NextStep.of(active.journey(), active.gate()).orElse(null));
			if (active.gate().safetyLock().filter(SafetyLock::carriedOver).isPresent()) {
				model.addAttribute("carriedFrom", today.carriedFrom());
				model.addAttribute("support", this.support);
			}
		}
		else {
			model.addAttribute("lastJourney", today.lastJourney());
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
