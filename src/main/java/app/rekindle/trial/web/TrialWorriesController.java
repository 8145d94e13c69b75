package app.rekindle.trial.web;

import java.util.Set;
import java.util.stream.Collectors;

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

import app.rekindle.account.AccountUser;
import app.rekindle.journey.Journey;
import app.rekindle.journey.JourneyService;
import app.rekindle.system.SupportProperties;
import app.rekindle.trial.RedFlag;
import app.rekindle.trial.TrialService;

/**
 * "Something is wrong": the red flags of a trial, which a person can mark at any time (or at a
 * checkpoint, which leads here). Each is met with our words and a way to end the trial safely,
 * with support. Marking them stores nothing; only fear or control, once the person confirms, are
 * recorded, as on the safety screen: reaching out closes for good and the trial ends.
 */
@Controller
class TrialWorriesController {

	static final String VIEW_WORRIES = "trial/worries";

	private final TrialService trial;

	private final JourneyService journeys;

	private final SupportProperties support;

	TrialWorriesController(TrialService trial, JourneyService journeys, SupportProperties support) {
		this.trial = trial;
		this.journeys = journeys;
		this.support = support;
	}

	/** The page for the given red flags: {@code /journeys/1/trial/worries?flags=FEAR&flags=CONTROL}. */
	static String path(long journeyId, Set<RedFlag> flags) {
		String page = "/journeys/" + journeyId + "/trial/worries";
		return flags.isEmpty() ? page
				: page + flags.stream().map((flag) -> "flags=" + flag.name()).collect(Collectors.joining("&", "?", ""));
	}

	@InitBinder("redFlagsForm")
	void initBinder(WebDataBinder binder) {
		binder.setAllowedFields("flags");
	}

	@GetMapping("/journeys/{journeyId}/trial/worries")
	String showWorries(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId,
			@ModelAttribute("redFlagsForm") RedFlagsForm form, BindingResult result, Model model) {
		Journey journey = this.journeys.owned(user.accountId(), journeyId);
		model.addAttribute("journey", journey);
		model.addAttribute("open", TrialService.CHANGES.allows(journey));
		model.addAttribute("redFlagChoices", RedFlag.values());
		model.addAttribute("support", this.support);
		return VIEW_WORRIES;
	}

	/**
	 * Records fear or control, confirmed on the page: reaching out closes for good and the trial
	 * ends, and the person lands on the journey's page with support. Without either, nothing is
	 * recorded and the page shows what was marked again.
	 */
	@PostMapping("/journeys/{journeyId}/trial/worries")
	String recordWorries(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId,
			@ModelAttribute("redFlagsForm") RedFlagsForm form, BindingResult result, RedirectAttributes redirect) {
		this.journeys.open(user.accountId(), journeyId, TrialService.CHANGES);
		if (result.hasErrors() || !form.marksSafetyConcern()) {
			return "redirect:" + path(journeyId, form.getFlags());
		}
		this.trial.recordRedFlags(user.accountId(), journeyId, form.getFlags());
		return "redirect:/journeys/" + journeyId;
	}

}
