package app.rekindle.trial.web;

import java.time.LocalDate;

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
import app.rekindle.journey.Journey;
import app.rekindle.journey.JourneyService;
import app.rekindle.trial.TrialService;
import app.rekindle.trial.TrialService.CheckpointStatus;

/** The trial period: its start, the checkpoint reviews, and ending it back together. */
@Controller
class TrialController {

	static final String VIEW_TRIAL = "trial/index";

	static final String VIEW_CHECKPOINT = "trial/checkpoint";

	static final String VIEW_END = "trial/end";

	private final TrialService trial;

	private final JourneyService journeys;

	private final AccountClock accountClock;

	TrialController(TrialService trial, JourneyService journeys, AccountClock accountClock) {
		this.trial = trial;
		this.journeys = journeys;
		this.accountClock = accountClock;
	}

	@InitBinder("startForm")
	void initStartBinder(WebDataBinder binder) {
		binder.setAllowedFields("startedOn");
	}

	@InitBinder("checkpointForm")
	void initCheckpointBinder(WebDataBinder binder) {
		binder.setAllowedFields("changesTakenSeriously", "problemsSolvedCalmly", "closenessBothEnjoy", "pastNotBroughtUp",
				"note");
	}

	@InitBinder("reconcileForm")
	void initReconcileBinder(WebDataBinder binder) {
		binder.setAllowedFields("note");
	}

	@GetMapping("/journeys/{journeyId}/trial")
	String showTrial(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId, Model model) {
		model.addAttribute("startForm", new TrialStartForm(this.trial.startedOn(user.accountId(), journeyId)));
		return page(user, journeyId, model);
	}

	@PostMapping("/journeys/{journeyId}/trial/start")
	String setStart(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId,
			@Valid @ModelAttribute("startForm") TrialStartForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		LocalDate today = this.accountClock.today(user.accountId());
		if (form.getStartedOn() != null && form.getStartedOn().isAfter(today)) {
			result.rejectValue("startedOn", "journey.date.future");
		}
		if (result.hasErrors()) {
			return page(user, journeyId, model);
		}
		this.trial.setStart(user.accountId(), journeyId, form.getStartedOn());
		redirect.addFlashAttribute("notice", "trial.start.saved");
		return "redirect:/journeys/" + journeyId + "/trial";
	}

	@GetMapping("/journeys/{journeyId}/trial/checkpoints/{day}")
	String showCheckpoint(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId, @PathVariable int day,
			Model model) {
		CheckpointStatus status = this.trial.checkpoint(user.accountId(), journeyId, day);
		model.addAttribute("checkpointForm",
				status.isReviewed() ? CheckpointForm.of(status.checkpoint().review()) : new CheckpointForm());
		return checkpointPage(user, journeyId, status, model);
	}

	@PostMapping("/journeys/{journeyId}/trial/checkpoints/{day}")
	String reviewCheckpoint(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId,
			@PathVariable int day, @Valid @ModelAttribute("checkpointForm") CheckpointForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		CheckpointStatus status = this.trial.checkpoint(user.accountId(), journeyId, day);
		if (result.hasErrors()) {
			return checkpointPage(user, journeyId, status, model);
		}
		if (!this.trial.review(user.accountId(), journeyId, day, form.toReview())) {
			redirect.addFlashAttribute("notice", "trial.checkpoint.notDue");
			return "redirect:/journeys/" + journeyId + "/trial/checkpoints/" + day;
		}
		redirect.addFlashAttribute("notice", "trial.checkpoint.saved");
		return "redirect:/journeys/" + journeyId + "/trial";
	}

	@GetMapping("/journeys/{journeyId}/trial/together")
	String initReconcileForm(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId, Model model) {
		Journey journey = this.journeys.owned(user.accountId(), journeyId);
		if (!TrialService.CHANGES.allows(journey)) {
			return "redirect:/journeys/" + journeyId;
		}
		model.addAttribute("journey", journey);
		model.addAttribute("reconcileForm", new ReconcileForm());
		return VIEW_END;
	}

	@PostMapping("/journeys/{journeyId}/trial/together")
	String processReconcileForm(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId,
			@Valid @ModelAttribute("reconcileForm") ReconcileForm form, BindingResult result, Model model) {
		if (result.hasErrors()) {
			model.addAttribute("journey", this.journeys.owned(user.accountId(), journeyId));
			return VIEW_END;
		}
		this.journeys.reconcile(user.accountId(), journeyId, form.noteOrNull());
		return "redirect:/journeys/" + journeyId;
	}

	private String page(AccountUser user, long journeyId, Model model) {
		Journey journey = this.journeys.owned(user.accountId(), journeyId);
		model.addAttribute("journey", journey);
		model.addAttribute("open", TrialService.CHANGES.allows(journey));
		model.addAttribute("checkpoints", this.trial.checkpoints(user.accountId(), journeyId));
		model.addAttribute("today", this.accountClock.today(user.accountId()));
		return VIEW_TRIAL;
	}

	private String checkpointPage(AccountUser user, long journeyId, CheckpointStatus status, Model model) {
		Journey journey = this.journeys.owned(user.accountId(), journeyId);
		model.addAttribute("journey", journey);
		model.addAttribute("open", TrialService.CHANGES.allows(journey));
		model.addAttribute("status", status);
		model.addAttribute("due", !this.accountClock.today(user.accountId()).isBefore(status.dueOn()));
		return VIEW_CHECKPOINT;
	}

}
