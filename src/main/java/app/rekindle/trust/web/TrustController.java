package app.rekindle.trust.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import app.rekindle.account.AccountUser;
import app.rekindle.journey.Journey;
import app.rekindle.journey.JourneyService;
import app.rekindle.trust.TrustService;

/** The overview of rebuilding trust: the four parts with what is recorded, and a word on support. */
@Controller
class TrustController {

	static final String VIEW_OVERVIEW = "trust/overview";

	private final TrustService trust;

	private final JourneyService journeys;

	TrustController(TrustService trust, JourneyService journeys) {
		this.trust = trust;
		this.journeys = journeys;
	}

	@GetMapping("/journeys/{journeyId}/trust")
	String showOverview(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId, Model model) {
		Journey journey = this.journeys.owned(user.accountId(), journeyId);
		TrustPages.common(journey, model);
		model.addAttribute("summary", this.trust.summary(user.accountId(), journeyId));
		return VIEW_OVERVIEW;
	}

}
