package app.rekindle.trial.web;

import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

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

import app.rekindle.account.AccountClock;
import app.rekindle.account.AccountUser;
import app.rekindle.journey.Journey;
import app.rekindle.journey.JourneyService;
import app.rekindle.progression.TrialStartBounds;
import app.rekindle.system.SupportProperties;
import app.rekindle.trial.CheckpointReview;
import app.rekindle.trial.RedFlag;
import app.rekindle.trial.TrialService;
import app.rekindle.trial.TrialService.CheckpointStatus;

/**
 * The trial period: its agreed terms, the checkpoint reviews, and ending it back together. A
 * review that marks a red flag about safety is first shown back with what saving it does, as the
 * safety screen does, and saved only once the person confirms.
 */
@Controller
class TrialController {

	static final String VIEW_TRIAL = "trial/index";

	static final String VIEW_CHECKPOINT = "trial/checkpoint";

	static final String VIEW_END = "trial/end";

	static final String CONFIRM = "confirm";

	static final String CHANGE = "change";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private final TrialService trial;

	private final JourneyService journeys;

	private final AccountClock accountClock;

	private final SupportProperties support;

	TrialController(TrialService trial, JourneyService journeys, AccountClock accountClock, SupportProperties support) {
		this.trial = trial;
		this.journeys = journeys;
		this.accountClock = accountClock;
		this.support = support;
	}

	@InitBinder("termsForm")
	void initTermsBinder(WebDataBinder binder) {
		binder.setAllowedFields("startedOn", "weeks", "whatWillDiffer");
	}

	@InitBinder("checkpointForm")
	void initCheckpointBinder(WebDataBinder binder) {
		binder.setAllowedFields(CheckpointForm.FIELDS);
	}

	@InitBinder("reconcileForm")
	void initReconcileBinder(WebDataBinder binder) {
		binder.setAllowedFields("note");
	}

	@GetMapping("/journeys/{journeyId}/trial")
	String showTrial(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId, Model model) {
		model.addAttribute("termsForm", TrialTermsForm.of(this.trial.terms(user.accountId(), journeyId)));
		return page(user, journeyId, model);
	}

	/** Saves the agreed terms; the start may lie from the day the trial step began to today. */
	@PostMapping("/journeys/{journeyId}/trial/start")
	String agree(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId,
			@Valid @ModelAttribute("termsForm") TrialTermsForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.journeys.open(user.accountId(), journeyId, TrialService.CHANGES);
		TrialStartBounds bounds = this.trial.startBounds(user.accountId(), journeyId);
		if (form.getStartedOn() != null && !result.hasFieldErrors("startedOn")) {
			bounds.check(form.getStartedOn()).ifPresent((problem) -> {
				switch (problem) {
					case BEFORE_THE_STEP -> result.rejectValue("startedOn", "trial.start.beforeStep",
							new Object[] { DAY.format(bounds.earliest()) }, null);
					case IN_THE_FUTURE -> result.rejectValue("startedOn", "journey.date.future");
				}
			});
		}
		if (result.hasErrors()) {
			return page(user, journeyId, model);
		}
		this.trial.agree(user.accountId(), journeyId, form.toTerms());
		redirect.addFlashAttribute("notice", "trial.terms.saved");
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

	/**
	 * Saves a review. One that marks fear or control is shown back first with what saving it does
	 * ({@code decision=confirm} saves it, {@code decision=change} goes back to the questions with
	 * the answers kept); once saved, reaching out closes for good, the trial ends, and the person
	 * lands on the journey's page with support. A review with other red flags lands on the page
	 * that says what can help.
	 */
	@PostMapping("/journeys/{journeyId}/trial/checkpoints/{day}")
	String reviewCheckpoint(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId,
			@PathVariable int day, @Valid @ModelAttribute("checkpointForm") CheckpointForm form, BindingResult result,
			@RequestParam(name = "decision", required = false) String decision, Model model,
			RedirectAttributes redirect) {
		CheckpointStatus status = this.trial.checkpoint(user.accountId(), journeyId, day);
		this.journeys.open(user.accountId(), journeyId, TrialService.CHANGES);
		if (result.hasErrors() || CHANGE.equals(decision)) {
			return checkpointPage(user, journeyId, status, model);
		}
		CheckpointReview review = form.toReview();
		if (review.marksSafetyConcern() && !CONFIRM.equals(decision) && isDue(user, status)) {
			model.addAttribute("closing", aboutSafety(review.redFlags()));
			return checkpointPage(user, journeyId, status, model);
		}
		if (!this.trial.review(user.accountId(), journeyId, day, review)) {
			redirect.addFlashAttribute("notice", "trial.checkpoint.notDue");
			return "redirect:/journeys/" + journeyId + "/trial/checkpoints/" + day;
		}
		if (review.marksSafetyConcern()) {
			return "redirect:/journeys/" + journeyId;
		}
		redirect.addFlashAttribute("notice", "trial.checkpoint.saved");
		if (!review.redFlags().isEmpty()) {
			return "redirect:" + TrialWorriesController.path(journeyId, review.redFlags());
		}
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
		model.addAttribute("terms", this.trial.terms(user.accountId(), journeyId));
		model.addAttribute("bounds", this.trial.startBounds(user.accountId(), journeyId));
		model.addAttribute("checkpoints", this.trial.checkpoints(user.accountId(), journeyId));
		model.addAttribute("today", this.accountClock.today(user.accountId()));
		return VIEW_TRIAL;
	}

	private String checkpointPage(AccountUser user, long journeyId, CheckpointStatus status, Model model) {
		Journey journey = this.journeys.owned(user.accountId(), journeyId);
		model.addAttribute("journey", journey);
		model.addAttribute("open", TrialService.CHANGES.allows(journey));
		model.addAttribute("status", status);
		model.addAttribute("due", isDue(user, status));
		model.addAttribute("terms", this.trial.terms(user.accountId(), journeyId));
		model.addAttribute("today", this.accountClock.today(user.accountId()));
		model.addAttribute("questions", CheckpointForm.QUESTIONS);
		model.addAttribute("redFlagChoices", RedFlag.values());
		model.addAttribute("support", this.support);
		return VIEW_CHECKPOINT;
	}

	private boolean isDue(AccountUser user, CheckpointStatus status) {
		return !this.accountClock.today(user.accountId()).isBefore(status.dueOn());
	}

	private static Set<RedFlag> aboutSafety(Set<RedFlag> flags) {
		return flags.stream()
			.filter(RedFlag::isAboutSafety)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(RedFlag.class)));
	}

}
