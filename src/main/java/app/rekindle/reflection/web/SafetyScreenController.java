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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.rekindle.account.AccountUser;
import app.rekindle.journey.Journey;
import app.rekindle.journey.JourneyService;
import app.rekindle.reflection.ReflectionService;
import app.rekindle.reflection.SafetyAnswers;
import app.rekindle.reflection.SafetyScreen;

/**
 * The safety screen. A "yes" that closes reaching out is first confirmed (a slip of the finger must
 * not close it for good); once saved, it ends the journey at once, and the person lands on the page
 * that explains why and where to find support.
 */
@Controller
class SafetyScreenController {

	static final String VIEW_SAFETY = "reflection/safety";

	static final String[] QUESTIONS = { "violence", "threats", "controlling", "fear", "protectiveOrder",
			"askedForNoContact", "blocked", "newRelationship" };

	static final String CONFIRM = "confirm";

	static final String CHANGE = "change";

	private final ReflectionService reflection;

	private final JourneyService journeys;

	SafetyScreenController(ReflectionService reflection, JourneyService journeys) {
		this.reflection = reflection;
		this.journeys = journeys;
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

	/**
	 * Saves the answers; but answers that would close reaching out are first shown back with what
	 * saving them does, and saved only once the person confirms ({@code decision=confirm}). Going
	 * back to change them ({@code decision=change}) shows the questions with the answers kept.
	 */
	@PostMapping("/journeys/{journeyId}/reflection/safety")
	String processSafetyScreen(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId,
			@Valid @ModelAttribute("form") SafetyScreenForm form, BindingResult result,
			@RequestParam(name = "decision", required = false) String decision, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors() || CHANGE.equals(decision)) {
			return page(user, journeyId, model);
		}
		SafetyAnswers answers = form.toAnswers();
		if (!CONFIRM.equals(decision) && this.reflection.wouldCloseReachingOut(user.accountId(), journeyId, answers)) {
			model.addAttribute("closing", answers.concerns());
			return page(user, journeyId, model);
		}
		if (this.reflection.answerSafetyScreen(user.accountId(), journeyId, answers)) {
			return "redirect:/journeys/" + journeyId;
		}
		redirect.addFlashAttribute("notice", "safety.saved");
		return "redirect:/journeys/" + journeyId + "/reflection";
	}

	private String page(AccountUser user, long journeyId, Model model) {
		Journey journey = this.journeys.owned(user.accountId(), journeyId);
		model.addAttribute("journey", journey);
		model.addAttribute("editable", ReflectionService.SAFETY_SCREEN_CHANGES.allows(journey));
		model.addAttribute("questions", QUESTIONS);
		return VIEW_SAFETY;
	}

}
