package app.rekindle.reflection.web;

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
import app.rekindle.reflection.Motive;
import app.rekindle.reflection.MotivesCheck;
import app.rekindle.reflection.ReflectionService;

/** The motives check, with a gentle note when only loneliness-type motives are ticked. */
@Controller
class MotivesController {

	static final String VIEW_MOTIVES = "reflection/motives";

	private final ReflectionService reflection;

	private final JourneyService journeys;

	MotivesController(ReflectionService reflection, JourneyService journeys) {
		this.reflection = reflection;
		this.journeys = journeys;
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		binder.setAllowedFields("motives", "note");
	}

	@GetMapping("/journeys/{journeyId}/reflection/motives")
	String showMotives(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId, Model model) {
		MotivesCheck check = this.reflection.motivesCheck(user.accountId(), journeyId).orElse(null);
		model.addAttribute("form", (check != null) ? MotivesForm.of(check) : new MotivesForm());
		model.addAttribute("check", check);
		return page(user, journeyId, model);
	}

	@PostMapping("/journeys/{journeyId}/reflection/motives")
	String processMotives(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId,
			@Valid @ModelAttribute("form") MotivesForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("check", this.reflection.motivesCheck(user.accountId(), journeyId).orElse(null));
			return page(user, journeyId, model);
		}
		MotivesCheck check = this.reflection.answerMotives(user.accountId(), journeyId, form.getMotives(),
				form.noteOrNull());
		redirect.addFlashAttribute("notice", check.isOnlyLonelinessType() ? "motives.savedWithNote" : "motives.saved");
		return "redirect:/journeys/" + journeyId + "/reflection/motives";
	}

	private String page(AccountUser user, long journeyId, Model model) {
		Journey journey = this.journeys.owned(user.accountId(), journeyId);
		model.addAttribute("journey", journey);
		model.addAttribute("editable", ReflectionService.CHANGES.allows(journey));
		model.addAttribute("allMotives", Motive.values());
		return VIEW_MOTIVES;
	}

}
