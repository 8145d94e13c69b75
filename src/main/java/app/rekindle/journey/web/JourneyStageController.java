package app.rekindle.journey.web;

import java.util.Arrays;

import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
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
import app.rekindle.journey.AdvanceResult;
import app.rekindle.journey.Journey;
import app.rekindle.journey.JourneyService;
import app.rekindle.progression.Stage;

/** The two ways a journey moves: Advance through a gate, or Move on, always open. */
@Controller
class JourneyStageController {

	static final String VIEW_MOVE_ON = "journey/move-on";

	private final JourneyService journeys;

	JourneyStageController(JourneyService journeys) {
		this.journeys = journeys;
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		binder.setAllowedFields("note");
	}

	/**
	 * Re-evaluates the gate on the server. The stage the page showed comes along, so a second
	 * click or another tab cannot advance twice; when two requests race, the version column lets
	 * one through and the other sees where things stand now.
	 */
	@PostMapping("/journeys/{journeyId}/advance")
	String advance(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId,
			@RequestParam(name = "stage", required = false) String stage, RedirectAttributes redirect) {
		// Someone else's journey is not found, whatever the form says (before any redirect).
		this.journeys.owned(user.accountId(), journeyId);
		// A stage this page could not have shown (an edited form) is a page out of date, not a bad request.
		Stage expectedStage = Arrays.stream(Stage.values()).filter((s) -> s.name().equals(stage)).findFirst().orElse(null);
		if (expectedStage == null) {
			redirect.addFlashAttribute("notice", "journey.alreadyMoved");
			return "redirect:/dashboard";
		}
		try {
			AdvanceResult result = this.journeys.advance(user.accountId(), journeyId, expectedStage);
			if (result instanceof AdvanceResult.Advanced advanced) {
				redirect.addFlashAttribute("notice", "journey.advanced." + advanced.stage());
			}
			else if (result instanceof AdvanceResult.Refused) {
				// Back to the step's page, where the reason stands at the top, in view after the tap.
				redirect.addFlashAttribute("advanceRefused", true);
				return "redirect:/journeys/" + journeyId;
			}
			else {
				redirect.addFlashAttribute("notice", "journey.alreadyMoved");
			}
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("notice", "journey.alreadyMoved");
		}
		return "redirect:/dashboard";
	}

	@GetMapping("/journeys/{journeyId}/move-on")
	String initMoveOnForm(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId, Model model) {
		Journey journey = this.journeys.owned(user.accountId(), journeyId);
		if (!journey.isActive()) {
			return "redirect:/journeys/" + journeyId;
		}
		model.addAttribute("journey", journey);
		model.addAttribute("form", new MoveOnForm());
		return VIEW_MOVE_ON;
	}

	@PostMapping("/journeys/{journeyId}/move-on")
	String processMoveOnForm(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId,
			@Valid @ModelAttribute("form") MoveOnForm form, BindingResult result, Model model) {
		if (result.hasErrors()) {
			model.addAttribute("journey", this.journeys.owned(user.accountId(), journeyId));
			return VIEW_MOVE_ON;
		}
		try {
			this.journeys.moveOn(user.accountId(), journeyId, form.noteOrNull());
		}
		catch (OptimisticLockingFailureException ex) {
			// Another request changed the journey at the same moment; try once more on the fresh state.
			this.journeys.moveOn(user.accountId(), journeyId, form.noteOrNull());
		}
		// The closure page itself says what happened; a notice above it would say it twice.
		return "redirect:/journeys/" + journeyId;
	}

}
