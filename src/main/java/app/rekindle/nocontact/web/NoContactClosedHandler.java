package app.rekindle.nocontact.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.rekindle.nocontact.NoContactClosedException;

/** Adding to an ended journey goes back to that journey's page, which says it has ended. */
@ControllerAdvice(assignableTypes = { GoalController.class })
class NoContactClosedHandler {

	@ExceptionHandler(NoContactClosedException.class)
	String closed(NoContactClosedException ex, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", "journey.ended");
		return "redirect:/journeys/" + ex.journeyId();
	}

}
