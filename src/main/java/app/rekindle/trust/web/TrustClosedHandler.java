package app.rekindle.trust.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.rekindle.trust.TrustClosedException;

/** A change to rebuilding trust outside its stage goes back to the overview, which says it is read-only. */
@ControllerAdvice(assignableTypes = { ApologyController.class, CommitmentController.class, BoundaryController.class,
		ActivityController.class })
class TrustClosedHandler {

	@ExceptionHandler(TrustClosedException.class)
	String closed(TrustClosedException ex, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", "trust.closed");
		return TrustPages.redirectTo(ex.journeyId(), "");
	}

}
