package app.rekindle.account.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.rekindle.account.AccountUser;

/**
 * The log-in page. Spring Security handles the POST; a failure comes back here with
 * {@code ?error} and the typed email as a flash attribute.
 */
@Controller
class LoginController {

	static final String VIEW_LOGIN = "account/login";

	@GetMapping("/login")
	String login(@AuthenticationPrincipal AccountUser user, @RequestParam(required = false) String error,
			Model model) {
		if (user != null) {
			return "redirect:/dashboard";
		}
		model.addAttribute("failed", error != null);
		return VIEW_LOGIN;
	}

}
