package app.rekindle.trust.web;

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
import app.rekindle.account.AccountUser;
import app.rekindle.journey.JourneyService;
import app.rekindle.trust.Apology;
import app.rekindle.trust.TrustService;

/** The apology in four parts, drawing on the person's own mistakes, with the day it was given. */
@Controller
class ApologyController {

	static final String VIEW_APOLOGY = "trust/apology";

	private final TrustService trust;

	private final JourneyService journeys;

	private final AccountClock accountClock;

	ApologyController(TrustService trust, JourneyService journeys, AccountClock accountClock) {
		this.trust = trust;
		this.journeys = journeys;
		this.accountClock = accountClock;
	}

	@InitBinder("apologyForm")
	void initBinder(WebDataBinder binder) {
		binder.setAllowedFields("whatIDid", "thatItWasMine", "whatIWillDo", "howYouWillSee", "coveredMistakes",
				"deliveredOn");
	}

	@GetMapping("/journeys/{journeyId}/trust/apology")
	String showApology(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId, Model model) {
		Apology apology = this.trust.apology(user.accountId(), journeyId).orElse(null);
		model.addAttribute("apologyForm", (apology != null) ? ApologyForm.of(apology) : new ApologyForm());
		return page(user, journeyId, apology, model);
	}

	@PostMapping("/journeys/{journeyId}/trust/apology")
	String processApology(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId,
			@Valid @ModelAttribute("apologyForm") ApologyForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.journeys.open(user.accountId(), journeyId, TrustService.CHANGES);
		form.validate(result, this.accountClock.today(user.accountId()));
		if (result.hasErrors()) {
			return page(user, journeyId, this.trust.apology(user.accountId(), journeyId).orElse(null), model);
		}
		Apology apology = this.trust.saveApology(user.accountId(), journeyId, form.toContent());
		redirect.addFlashAttribute("notice", apology.isDelivered() ? "trust.apology.savedDelivered" : "trust.apology.saved");
		return TrustPages.redirectTo(journeyId, "apology");
	}

	private String page(AccountUser user, long journeyId, Apology apology, Model model) {
		TrustPages.common(this.journeys.owned(user.accountId(), journeyId), model);
		model.addAttribute("apology", apology);
		model.addAttribute("mistakes", this.trust.ownMistakes(user.accountId(), journeyId));
		return VIEW_APOLOGY;
	}

}
