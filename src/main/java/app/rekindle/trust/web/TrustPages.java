package app.rekindle.trust.web;

import org.springframework.ui.Model;

import app.rekindle.journey.Journey;
import app.rekindle.progression.Stage;
import app.rekindle.system.RemovalConfirmation;
import app.rekindle.trust.TrustService;

/** What every page of rebuilding trust shows: the journey, and whether it can be changed now. */
final class TrustPages {

	private TrustPages() {
	}

	static void common(Journey journey, Model model) {
		model.addAttribute("journey", journey);
		model.addAttribute("editable", TrustService.CHANGES.allows(journey));
		// A journey that has not reached this step yet is told so, rather than that it has moved past it.
		model.addAttribute("notYet",
				journey.isActive() && journey.getStage().ordinal() < Stage.REBUILDING_TRUST.ordinal());
	}

	/** The confirmation before one row of a list is removed: "Keep it" returns to the row in the list. */
	static RemovalConfirmation removal(String kind, long journeyId, String part, long id) {
		String list = "/journeys/" + journeyId + "/trust/" + part;
		return RemovalConfirmation.of(kind, list + "/" + id + "/delete", list + "#" + kind + "-" + id);
	}

	static String redirectTo(long journeyId, String part) {
		return "redirect:/journeys/" + journeyId + "/trust" + (part.isEmpty() ? "" : "/" + part);
	}

}
