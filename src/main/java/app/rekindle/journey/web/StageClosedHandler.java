package app.rekindle.journey.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.rekindle.journey.StageClosedException;

/**
 * A change a stage no longer allows goes back to that stage's page, which is read-only now and
 * says why (the notice); for every stage and every controller, the one place this is handled.
 */
@ControllerAdvice
class StageClosedHandler {

	@ExceptionHandler(StageClosedException.class)
	String closed(StageClosedException ex, RedirectAttributes redirect) {
		String journey = "/journeys/" + ex.journeyId();
		return switch (ex.stage()) {
			case REFLECTION -> back(redirect, "reflection.closed", journey + "/reflection");
			case REACHING_OUT -> back(redirect, "outreach.closed", journey + "/outreach");
			case REBUILDING_TRUST -> back(redirect, "trust.closed", journey + "/trust");
			case TRIAL_PERIOD -> back(redirect, "trial.closed", journey + "/trial");
			// Goals and letters close only when the journey ends; its own page says so.
			case NO_CONTACT, MOVING_ON -> back(redirect, "journey.ended", journey);
		};
	}

	private static String back(RedirectAttributes redirect, String notice, String page) {
		redirect.addFlashAttribute("notice", notice);
		return "redirect:" + page;
	}

}
