package app.rekindle.nocontact.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import app.rekindle.account.AccountUser;
import app.rekindle.journey.JourneyService;

/**
 * The pause at one address whatever the stage, for links that do not know the journey (the answer
 * to a hard check-in): the active journey's "I want to text them" page, or Today when there is no
 * active journey.
 */
@Controller
class PauseController {

	private final JourneyService journeys;

	PauseController(JourneyService journeys) {
		this.journeys = journeys;
	}

	@GetMapping("/pause")
	String pause(@AuthenticationPrincipal AccountUser user) {
		return this.journeys.active(user.accountId())
			.map((state) -> "redirect:/journeys/" + state.journey().getId() + "/urge")
			.orElse("redirect:/dashboard");
	}

}
