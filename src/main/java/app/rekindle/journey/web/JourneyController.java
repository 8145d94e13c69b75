package app.rekindle.journey.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.rekindle.account.AccountClock;
import app.rekindle.account.AccountService;
import app.rekindle.account.AccountUser;
import app.rekindle.journey.EarlierLock;
import app.rekindle.journey.JourneyAlreadyActiveException;
import app.rekindle.journey.JourneyService;
import app.rekindle.journey.JourneyState;
import app.rekindle.progression.RulesProperties;
import app.rekindle.progression.SafetyLock;
import app.rekindle.system.SupportProperties;

/** Starting a journey, and the page of one journey (its timeline, or its closure once ended). */
@Controller
class JourneyController {

	static final String VIEW_START_FORM = "journey/new";

	static final String VIEW_JOURNEY = "journey/show";

	private final JourneyService journeys;

	private final AccountService accounts;

	private final RulesProperties.NoContact noContactRules;

	private final SupportProperties support;

	private final AccountClock accountClock;

	JourneyController(JourneyService journeys, AccountService accounts, RulesProperties rules,
			SupportProperties support, AccountClock accountClock) {
		this.journeys = journeys;
		this.accounts = accounts;
		this.noContactRules = rules.noContact();
		this.support = support;
		this.accountClock = accountClock;
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		binder.setAllowedFields("nickname", "breakupDate", "lastContactDate", "noContactDays", "samePersonAs");
	}

	@GetMapping("/journeys/new")
	String initStartForm(@AuthenticationPrincipal AccountUser user, Model model, RedirectAttributes redirect) {
		if (this.journeys.active(user.accountId()).isPresent()) {
			redirect.addFlashAttribute("notice", "journey.alreadyActive");
			return "redirect:/dashboard";
		}
		model.addAttribute("form", new StartJourneyForm(this.noContactRules.defaultDays()));
		return startForm(user, model, this.journeys.earlierLocks(user.accountId()));
	}

	@PostMapping("/journeys")
	String processStartForm(@AuthenticationPrincipal AccountUser user,
			@Valid @ModelAttribute("form") StartJourneyForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		List<EarlierLock> earlierLocks = this.journeys.earlierLocks(user.accountId());
		form.validate(result, today(user), this.noContactRules, earlierLocks);
		if (result.hasErrors()) {
			return startForm(user, model, earlierLocks);
		}
		try {
			this.journeys.start(user.accountId(), form.toSetup(), form.samePersonAs(earlierLocks).orElse(null));
		}
		catch (JourneyAlreadyActiveException ex) {
			redirect.addFlashAttribute("notice", "journey.alreadyActive");
			return "redirect:/dashboard";
		}
		redirect.addFlashAttribute("notice", "journey.started");
		return "redirect:/dashboard";
	}

	@GetMapping("/journeys/{journeyId}")
	String showJourney(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId, Model model) {
		JourneyState state = this.journeys.get(user.accountId(), journeyId);
		model.addAttribute("journey", state.journey());
		model.addAttribute("gate", state.gate());
		model.addAttribute("support", this.support);
		model.addAttribute("zone", this.accounts.timeZone(user.accountId()));
		model.addAttribute("canStartAnother", this.journeys.active(user.accountId()).isEmpty());
		if (state.gate().safetyLock().filter(SafetyLock::carriedOver).isPresent()) {
			model.addAttribute("carriedFrom", this.journeys.carriedLockOf(user.accountId(), state.journey()).orElse(null));
		}
		return VIEW_JOURNEY;
	}

	private String startForm(AccountUser user, Model model, List<EarlierLock> earlierLocks) {
		model.addAttribute("earlierLocks", earlierLocks);
		model.addAttribute("zone", this.accounts.timeZone(user.accountId()));
		model.addAttribute("today", today(user));
		model.addAttribute("rules", this.noContactRules);
		return VIEW_START_FORM;
	}

	private LocalDate today(AccountUser user) {
		return this.accountClock.today(user.accountId());
	}

}
