package app.rekindle.reflection.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import app.rekindle.account.AccountUser;
import app.rekindle.journey.Journey;
import app.rekindle.journey.JourneyService;
import app.rekindle.reflection.EntryKind;
import app.rekindle.reflection.ReflectionEntry;
import app.rekindle.reflection.ReflectionService;

/** The reflection overview: every part of stage 1 with what has been written so far. */
@Controller
class ReflectionController {

	static final String VIEW_OVERVIEW = "reflection/overview";

	private final ReflectionService reflection;

	private final JourneyService journeys;

	ReflectionController(ReflectionService reflection, JourneyService journeys) {
		this.reflection = reflection;
		this.journeys = journeys;
	}

	@GetMapping("/journeys/{journeyId}/reflection")
	String showOverview(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId, Model model) {
		Journey journey = this.journeys.owned(user.accountId(), journeyId);
		List<ReflectionEntry> entries = this.reflection.entries(user.accountId(), journeyId);
		Map<EntryKind, Long> counts = new EnumMap<>(EntryKind.class);
		for (EntryKind kind : EntryKind.values()) {
			counts.put(kind, entries.stream().filter((entry) -> entry.getKind() == kind).count());
		}
		model.addAttribute("journey", journey);
		model.addAttribute("editable", ReflectionService.CHANGES.allows(journey));
		model.addAttribute("kinds", EntryKind.values());
		model.addAttribute("counts", counts);
		model.addAttribute("motives", this.reflection.motivesCheck(user.accountId(), journeyId).orElse(null));
		model.addAttribute("safetyAnswered", this.reflection.safetyScreen(user.accountId(), journeyId).isPresent());
		model.addAttribute("fixableAnswered", this.reflection.fixableCheck(user.accountId(), journeyId).isPresent());
		return VIEW_OVERVIEW;
	}

}
