package app.rekindle.reflection.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.rekindle.reflection.ReflectionClosedException;

/** A change to reflection after it closed goes back to the overview, which says it is read-only now. */
@ControllerAdvice(assignableTypes = { ReflectionEntryController.class, MotivesController.class,
		SafetyScreenController.class, FixableController.class })
class ReflectionClosedHandler {

	@ExceptionHandler(ReflectionClosedException.class)
	String closed(ReflectionClosedException ex, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", "reflection.closed");
		return "redirect:/journeys/" + ex.journeyId() + "/reflection";
	}

}
