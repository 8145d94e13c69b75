package app.rekindle.mail.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import app.rekindle.mail.Reminders;
import app.rekindle.system.NotFoundException;
import app.rekindle.system.WhenMailIsOn;

/**
 * The unsubscribe link in every reminder. A mail provider's one-click unsubscribe (RFC 8058) POSTs to it
 * with no session and no CSRF token (that path alone is exempt); a person who opens it gets a page with a
 * button, since opening a link must not change anything. Neither needs signing in: the secret in the
 * address is enough, and all it can do is stop reminders.
 */
@Controller
@WhenMailIsOn
class UnsubscribeController {

	private final Reminders reminders;

	UnsubscribeController(Reminders reminders) {
		this.reminders = reminders;
	}

	@GetMapping("/unsubscribe/{token}")
	String showUnsubscribe(@PathVariable String token, Model model) {
		if (!this.reminders.unsubscribeLinkWorks(token)) {
			throw new NotFoundException("unsubscribe link");
		}
		model.addAttribute("token", token);
		return "reminders/unsubscribe";
	}

	/** Stops the reminders; a second press, or a link whose reminders are off already, ends in the same place. */
	@PostMapping("/unsubscribe/{token}")
	String unsubscribe(@PathVariable String token) {
		this.reminders.unsubscribe(token);
		return "redirect:/unsubscribed";
	}

	@GetMapping("/unsubscribed")
	String unsubscribed() {
		return "reminders/unsubscribed";
	}

}
