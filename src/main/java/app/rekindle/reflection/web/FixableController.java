package app.rekindle.reflection.web;

import java.util.Set;

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

import app.rekindle.account.AccountUser;
import app.rekindle.journey.Journey;
import app.rekindle.journey.JourneyService;
import app.rekindle.reflection.FixableAnswers;
import app.rekindle.reflection.FixableCheck;
import app.rekindle.reflection.Motive;
import app.rekindle.reflection.MotivesCheck;
import app.rekindle.reflection.MovingOnSign;
import app.rekindle.reflection.ReflectionService;

/**
 * "Can it be fixed?": four honest questions in reflection, offered and never required. Answers that
 * point away from trying again bring a gentle word about moving on, with the way to it; nothing is
 * closed or held back because of them.
 */
@Controller
class FixableController {

	static final String VIEW_FIXABLE = "reflection/fixable";

	private final ReflectionService reflection;

	private final JourneyService journeys;

	FixableController(ReflectionService reflection, JourneyService journeys) {
		this.reflection = reflection;
		this.journeys = journeys;
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		binder.setAllowedFields("unforgivable", "unforgivableNote", "changed", "changedNote", "mustBeDifferent",
				"whoseHands", "othersView", "othersNote");
	}

	@GetMapping("/journeys/{journeyId}/reflection/can-it-be-fixed")
	String showFixable(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId, Model model) {
		Journey journey = this.journeys.owned(user.accountId(), journeyId);
		FixableCheck check = this.reflection.fixableCheck(user.accountId(), journeyId).orElse(null);
		model.addAttribute("form", (check != null) ? FixableForm.of(check.answers()) : new FixableForm());
		return page(user, journey, check, model);
	}

	@PostMapping("/journeys/{journeyId}/reflection/can-it-be-fixed")
	String processFixable(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId,
			@Valid @ModelAttribute("form") FixableForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Journey journey = this.journeys.owned(user.accountId(), journeyId);
		if (result.hasErrors()) {
			return page(user, journey, this.reflection.fixableCheck(user.accountId(), journeyId).orElse(null), model);
		}
		FixableCheck check = this.reflection.answerFixable(user.accountId(), journeyId, form.toAnswers());
		redirect.addFlashAttribute("notice",
				signs(user, journeyId, check).isEmpty() ? "fixable.saved" : "fixable.savedWithWord");
		return "redirect:/journeys/" + journeyId + "/reflection/can-it-be-fixed";
	}

	/** The page shows the gentle word for the answers saved, not for a submission that was not. */
	private String page(AccountUser user, Journey journey, FixableCheck check, Model model) {
		model.addAttribute("journey", journey);
		model.addAttribute("editable", ReflectionService.CHANGES.allows(journey));
		model.addAttribute("unforgivableChoices", FixableAnswers.Unforgivable.values());
		model.addAttribute("changedChoices", FixableAnswers.Changed.values());
		model.addAttribute("whoseHandsChoices", FixableAnswers.WhoseHands.values());
		model.addAttribute("othersViewChoices", FixableAnswers.OthersView.values());
		model.addAttribute("signs", signs(user, journey.getId(), check));
		return VIEW_FIXABLE;
	}

	private Set<MovingOnSign> signs(AccountUser user, long journeyId, FixableCheck check) {
		if (check == null) {
			return Set.of();
		}
		Set<Motive> motives = this.reflection.motivesCheck(user.accountId(), journeyId)
			.map(MotivesCheck::getMotives)
			.orElse(Set.of());
		return MovingOnSign.of(check.answers(), motives);
	}

}
