package app.rekindle.account.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.rekindle.account.AccountUser;
import app.rekindle.account.ClientAddress;
import app.rekindle.account.EmailLinks;
import app.rekindle.account.LoginThrottle;

/**
 * The log-in page. Spring Security handles the POST; a failure comes back here with
 * {@code ?error} (or {@code ?paused} while log-in for that email is paused, or {@code ?unconfirmed} after the
 * right password for an address still waiting for its link) and the typed email
 * as a flash attribute.
 */
@Controller
class LoginController {

	static final String VIEW_LOGIN = "account/login";

	private final LoginThrottle throttle;

	private final EmailLinks emailLinks;

	LoginController(LoginThrottle throttle, EmailLinks emailLinks) {
		this.throttle = throttle;
		this.emailLinks = emailLinks;
	}

	@GetMapping("/login")
	String login(@AuthenticationPrincipal AccountUser user, @RequestParam(required = false) String error,
			@RequestParam(required = false) String paused, @RequestParam(required = false) String unconfirmed,
			Model model, HttpServletRequest request) {
		if (user != null) {
			return "redirect:/dashboard";
		}
		model.addAttribute("paused", paused != null);
		model.addAttribute("failed", error != null && paused == null);
		// The typed email comes back as a flash attribute; without it, the first pause's length is the best guess.
		Object typedEmail = model.getAttribute("email");
		long minutes = (paused != null && typedEmail instanceof String email)
				? this.throttle.minutesLeft(email, ClientAddress.of(request)).orElse(this.throttle.lockMinutes())
				: this.throttle.lockMinutes();
		model.addAttribute("pauseMinutes", minutes);
		// With mail on: "Forgot your password?", and after the right password for an address that waits for
		// its link, a way to have it sent again. With mail off neither exists.
		boolean mailOn = this.emailLinks.mailIsOn();
		model.addAttribute("mailOn", mailOn);
		model.addAttribute("unconfirmed", mailOn && unconfirmed != null);
		return VIEW_LOGIN;
	}

}
