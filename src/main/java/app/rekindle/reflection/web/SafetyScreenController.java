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
import app.rekindle.reflection.ReflectionService;
import app.rekindle.reflection.SafetyScreen;

/**
 * The safety screen. A "yes" that closes reaching out ends the journey at once, and the person
 * lands on the page that explains why and where to find support.
 */
@Controller
class SafetyScreenController {

	static final String VIEW_SAFETY = "reflection/safety";

	static final String[] QUESTIONS = { "violence", "threats", "controlling", "fear", "protectiveOrder",
			"askedForNoContact", "blocked", "newRelationship" };

	private final ReflectionService reflection;

	SafetyScreenController(ReflectionService reflection) {
		this.reflection = reflection;
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		binder.setAllowedFields(QUESTIONS);
	}

	@GetMapping("/journeys/{journeyId}/reflection/safety")
	String showSafetyScreen(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId, Model model) {
		SafetyScreen screen = this.reflection.safetyScreen(user.accountId(), journeyId).orElse(null);
		model.addAttribute("form", (screen != null) ? SafetyScreenForm.of(screen.answers()) : new SafetyScreenForm());
		return page(user, journeyId, model);
	}

	@PostMapping("/journeys/{journeyId}/reflection/safety")
	String processSafetyScreen(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId,
			@Valid @ModelAttribute("form") SafetyScreenForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(user, journeyId, model);
		}
		if (this.reflection.answerSafetyScreen(user.accountId(), journeyId, form.toAnswers())) {
			return "redirect:/journeys/" + journeyId;
		}
		redirect.addFlashAttribute("notice", "safety.saved");
		return "redirect:/journeys/" + journeyId + "/reflection";
	}

	private String page(AccountUser user, long journeyId, Model model) {
		Journey journey = this.reflection.journey(user.accountId(), journeyId);
		model.addAttribute("journey", journey);
		model.addAttribute("editable", ReflectionService.isSafetyScreenEditable(journey));
		model.addAttribute("questions", QUESTIONS);
		return VIEW_SAFETY;
	}

}
