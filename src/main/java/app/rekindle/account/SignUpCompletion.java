package app.rekindle.account;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one step that finishes making an account, wherever it was made (the sign-up form, or a link
 * that confirms the email): the new account is signed in on this browser, its first recovery codes
 * are made, and the browser goes to the page that shows them, once, before the journal.
 */
@Component
public class SignUpCompletion {

	/** The page that shows new codes; they travel there as this flash attribute, never in the address. */
	public static final String CODES_PAGE = "/account/recovery-codes";

	public static final String CODES_ATTRIBUTE = "recoveryCodes";

	private final SignIn signIn;

	private final RecoveryCodes codes;

	SignUpCompletion(SignIn signIn, RecoveryCodes codes) {
		this.signIn = signIn;
		this.codes = codes;
	}

	/** @return the view name to return from the controller: a redirect to the codes page */
	public String signInAndShowRecoveryCodes(Account account, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		this.signIn.signIn(account, request, response);
		redirect.addFlashAttribute("notice", "signup.welcome");
		return showOnce(this.codes.issue(account.getId()), redirect);
	}

	/** Sends freshly made codes to the page that shows them once. */
	public static String showOnce(List<String> newCodes, RedirectAttributes redirect) {
		redirect.addFlashAttribute(CODES_ATTRIBUTE, newCodes);
		return "redirect:" + CODES_PAGE;
	}

}
