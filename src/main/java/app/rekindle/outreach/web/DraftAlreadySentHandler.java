package app.rekindle.outreach.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.rekindle.outreach.DraftAlreadySentException;

/** A change to a message already sent goes back to the message, which says it stays as it was. */
@ControllerAdvice(assignableTypes = { OutreachController.class, DraftController.class })
class DraftAlreadySentHandler {

	@ExceptionHandler(DraftAlreadySentException.class)
	String alreadySent(DraftAlreadySentException ex, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", "draft.alreadySent");
		return "redirect:/journeys/" + ex.journeyId() + "/outreach/drafts/" + ex.draftId();
	}

}
