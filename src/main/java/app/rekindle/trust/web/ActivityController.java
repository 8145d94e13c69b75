package app.rekindle.trust.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import app.rekindle.reflection.ReflectionEntry;
import app.rekindle.system.RemovalConfirmation;
import app.rekindle.trust.ActivityKind;
import app.rekindle.trust.RatingTally;
import app.rekindle.trust.SharedActivity;
import app.rekindle.trust.SharedActivityService;
import app.rekindle.trust.TrustService;

/** Shared activities: the list with the mean rating, a form to log one, and delete. */
@Controller
class ActivityController {

	static final String VIEW_ACTIVITIES = "trust/activities";

	static final int[] RATINGS = { 1, 2, 3, 4, 5 };

	private static final String REMOVAL = "activity";

	private final JourneyService journeys;

	private final AccountClock accountClock;

	private final SharedActivityService activities;

	ActivityController(JourneyService journeys, AccountClock accountClock, SharedActivityService activities) {
		this.journeys = journeys;
		this.accountClock = accountClock;
		this.activities = activities;
	}

	@InitBinder("activityForm")
	void initBinder(WebDataBinder binder) {
		binder.setAllowedFields("happenedOn", "what", "kind", "rating", "triggerCameUp", "triggerId", "note");
	}

	@GetMapping("/journeys/{journeyId}/trust/activities")
	String showActivities(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId, Model model) {
		model.addAttribute("activityForm", new ActivityForm(this.accountClock.today(user.accountId())));
		return list(user, journeyId, model);
	}

	@PostMapping("/journeys/{journeyId}/trust/activities")
	String addActivity(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId,
			@Valid @ModelAttribute("activityForm") ActivityForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.journeys.open(user.accountId(), journeyId, TrustService.CHANGES);
		form.validate(result, this.accountClock.today(user.accountId()));
		if (result.hasErrors()) {
			return list(user, journeyId, model);
		}
		this.activities.add(user.accountId(), journeyId, form.toContent());
		redirect.addFlashAttribute("notice", "trust.activity.added");
		return TrustPages.redirectTo(journeyId, "activities");
	}

	@GetMapping("/journeys/{journeyId}/trust/activities/{activityId}/remove")
	String confirmRemoval(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId,
			@PathVariable long activityId, Model model) {
		SharedActivity activity = this.activities.activity(user.accountId(), journeyId, activityId);
		if (!TrustService.CHANGES.allows(this.journeys.owned(user.accountId(), journeyId))) {
			return TrustPages.redirectTo(journeyId, "activities");
		}
		return TrustPages.removal(REMOVAL, journeyId, "activities", activityId)
			.label("trust.activity.kind." + activity.getKind())
			.day(activity.getHappenedOn())
			.text(activity.getWhat())
			.detail(activity.getNote())
			.show(model);
	}

	@PostMapping("/journeys/{journeyId}/trust/activities/{activityId}/delete")
	String deleteActivity(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId,
			@PathVariable long activityId, RedirectAttributes redirect) {
		this.activities.delete(user.accountId(), journeyId, activityId);
		redirect.addFlashAttribute("notice", RemovalConfirmation.notice(REMOVAL));
		return TrustPages.redirectTo(journeyId, "activities");
	}

	private String list(AccountUser user, long journeyId, Model model) {
		TrustPages.common(this.journeys.owned(user.accountId(), journeyId), model);
		List<SharedActivity> all = this.activities.activities(user.accountId(), journeyId);
		Map<Long, String> triggers = new LinkedHashMap<>();
		for (ReflectionEntry trigger : this.activities.ownTriggers(user.accountId(), journeyId)) {
			triggers.put(trigger.getId(), trigger.getBody());
		}
		model.addAttribute("activities", all);
		model.addAttribute("tally", RatingTally.of(all.stream().map(SharedActivity::getRating).toList()));
		model.addAttribute("triggers", triggers);
		model.addAttribute("kinds", ActivityKind.values());
		model.addAttribute("ratings", RATINGS);
		return VIEW_ACTIVITIES;
	}

}
