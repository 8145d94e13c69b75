package app.rekindle.outreach.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import app.rekindle.account.AccountUser;
import app.rekindle.journey.Journey;
import app.rekindle.journey.JourneyService;
import app.rekindle.outreach.OutreachService;

/**
 * First words: example messages for four situations, and how to answer when they write first.
 * "Use this" is a plain link to the draft form with the example's id, which fills the message box
 * ({@link OutreachController}), so it needs no JavaScript and carries no text in the address.
 */
@Controller
class FirstWordsController {

	static final String VIEW_FIRST_WORDS = "outreach/first-words";

	private final OutreachService outreach;

	private final JourneyService journeys;

	FirstWordsController(OutreachService outreach, JourneyService journeys) {
		this.outreach = outreach;
		this.journeys = journeys;
	}

	@GetMapping("/journeys/{journeyId}/outreach/first-words")
	String show(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId, Model model) {
		Journey journey = this.journeys.owned(user.accountId(), journeyId);
		model.addAttribute("journey", journey);
		model.addAttribute("open", OutreachService.CHANGES.allows(journey));
		model.addAttribute("situations", this.outreach.firstWords(user.accountId(), journeyId));
		return VIEW_FIRST_WORDS;
	}

}
