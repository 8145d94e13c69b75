package app.rekindle.nocontact.web;

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
import app.rekindle.nocontact.GrowthGoal;
import app.rekindle.nocontact.NoContactService;
import app.rekindle.system.RemovalConfirmation;

/** Growth goals: the list with a form to add one, and each goal with its progress. */
@Controller
class GoalController {

	static final String VIEW_GOALS = "nocontact/goals";

	static final String VIEW_GOAL = "nocontact/goal";

	private static final String REMOVAL = "goal";

	private final NoContactService noContact;

	private final JourneyService journeys;

	private final AccountClock accountClock;

	GoalController(NoContactService noContact, JourneyService journeys, AccountClock accountClock) {
		this.noContact = noContact;
		this.journeys = journeys;
		this.accountClock = accountClock;
	}

	@InitBinder("goalForm")
	void initGoalBinder(WebDataBinder binder) {
		binder.setAllowedFields("title", "why");
	}

	@InitBinder("progressForm")
	void initProgressBinder(WebDataBinder binder) {
		binder.setAllowedFields("day", "what");
	}

	@GetMapping("/journeys/{journeyId}/goals")
	String showGoals(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId, Model model) {
		model.addAttribute("goalForm", new GoalForm());
		return goals(user, journeyId, model);
	}

	@PostMapping("/journeys/{journeyId}/goals")
	String addGoal(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId,
			@Valid @ModelAttribute("goalForm") GoalForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return goals(user, journeyId, model);
		}
		GrowthGoal goal = this.noContact.addGoal(user.accountId(), journeyId, form.getTitle().strip(), form.whyOrNull());
		redirect.addFlashAttribute("notice", "goal.added");
		return "redirect:/journeys/" + journeyId + "/goals/" + goal.getId();
	}

	@GetMapping("/journeys/{journeyId}/goals/{goalId}")
	String showGoal(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId, @PathVariable long goalId,
			Model model) {
		model.addAttribute("progressForm", new ProgressForm(this.accountClock.today(user.accountId())));
		return goal(user, journeyId, goalId, model);
	}

	@PostMapping("/journeys/{journeyId}/goals/{goalId}/progress")
	String addProgress(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId,
			@PathVariable long goalId, @Valid @ModelAttribute("progressForm") ProgressForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		this.noContact.goal(user.accountId(), journeyId, goalId);
		form.validate(result, this.accountClock.today(user.accountId()));
		if (result.hasErrors()) {
			return goal(user, journeyId, goalId, model);
		}
		this.noContact.addProgress(user.accountId(), journeyId, goalId, form.getDay(), form.getWhat().strip());
		redirect.addFlashAttribute("notice", "goal.progress.added");
		return "redirect:/journeys/" + journeyId + "/goals/" + goalId;
	}

	@GetMapping("/journeys/{journeyId}/goals/{goalId}/remove")
	String confirmRemoval(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId,
			@PathVariable long goalId, Model model) {
		GrowthGoal goal = this.noContact.goal(user.accountId(), journeyId, goalId);
		String goalUrl = "/journeys/" + journeyId + "/goals/" + goalId;
		if (!NoContactService.GOAL_CHANGES.allows(this.journeys.owned(user.accountId(), journeyId))) {
			return "redirect:" + goalUrl;
		}
		return RemovalConfirmation.of(REMOVAL, goalUrl + "/delete", goalUrl)
			.text(goal.getTitle())
			.detail(goal.getWhy())
			.show(model);
	}

	@PostMapping("/journeys/{journeyId}/goals/{goalId}/delete")
	String deleteGoal(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId,
			@PathVariable long goalId, RedirectAttributes redirect) {
		this.noContact.deleteGoal(user.accountId(), journeyId, goalId);
		redirect.addFlashAttribute("notice", RemovalConfirmation.notice(REMOVAL));
		return "redirect:/journeys/" + journeyId + "/goals";
	}

	private String goals(AccountUser user, long journeyId, Model model) {
		Journey journey = this.journeys.owned(user.accountId(), journeyId);
		model.addAttribute("journey", journey);
		model.addAttribute("goals", this.noContact.goals(user.accountId(), journeyId));
		return VIEW_GOALS;
	}

	private String goal(AccountUser user, long journeyId, long goalId, Model model) {
		model.addAttribute("journey", this.journeys.owned(user.accountId(), journeyId));
		model.addAttribute("goal", this.noContact.goal(user.accountId(), journeyId, goalId));
		return VIEW_GOAL;
	}

}
