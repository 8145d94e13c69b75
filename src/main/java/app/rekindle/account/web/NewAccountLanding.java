package app.rekindle.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.rekindle.account.Account;
import app.rekindle.account.SignIn;

/**
 * Where a new account goes once it is signed in for the first time, whether straight from the sign-up
 * form (mail off) or from the link that confirms its address (mail on): one method, so whatever follows a
 * sign-up is added here once and applies to both.
 */
@Component
class NewAccountLanding {

	private final SignIn signIn;

	NewAccountLanding(SignIn signIn) {
		this.signIn = signIn;
	}

	String signInAndContinue(Account account, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		this.signIn.signIn(account, request, response);
		redirect.addFlashAttribute("notice", "signup.welcome");
		return "redirect:/dashboard";
	}

}
