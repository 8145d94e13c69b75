package app.rekindle.outreach.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.rekindle.outreach.DraftAlreadySentException;
import app.rekindle.outreach.OutreachClosedException;

/** A change that can no longer be made goes back to the page, which says why. */
@ControllerAdvice(assignableTypes = { OutreachController.class, DraftController.class, ConversationController.class })
class OutreachClosedHandler {

	@ExceptionHandler(OutreachClosedException.class)
	String closed(OutreachClosedException ex, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", "outreach.closed");
		return "redirect:/journeys/" + ex.journeyId() + "/outreach";
	}

	@ExceptionHandler(DraftAlreadySentException.class)
	String alreadySent(DraftAlreadySentException ex, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", "draft.alreadySent");
		return "redirect:/journeys/" + ex.journeyId() + "/outreach/drafts/" + ex.draftId();
	}

}
