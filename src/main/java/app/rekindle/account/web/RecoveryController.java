package app.rekindle.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.rekindle.account.AccountRecovery;
import app.rekindle.account.AccountRecovery.Outcome;
import app.rekindle.account.AccountUser;
import app.rekindle.account.ClientAddress;
import app.rekindle.account.RecoveryCodes;
import app.rekindle.account.SignIn;

/**
 * "Can't log in?" from the log-in page: an email, a recovery code and a new password. On success every
 * other session of the account is signed out, this browser is signed in with a new session id, and the
 * person sees how many codes are left.
 */
@Controller
class RecoveryController {

	static final String VIEW_RECOVER = "account/recover";

	static final String VIEW_RECOVERED = "account/recovered";

	private final AccountRecovery recovery;

	private final RecoveryCodes codes;

	private final SignIn signIn;

	private final SignedInSessions sessions;

	RecoveryController(AccountRecovery recovery, RecoveryCodes codes, SignIn signIn, SignedInSessions sessions) {
		this.recovery = recovery;
		this.codes = codes;
		this.signIn = signIn;
		this.sessions = sessions;
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		binder.setAllowedFields("email", "code", "newPassword", "newPasswordConfirmation");
		binder.registerCustomEditor(String.class, "email", new StringTrimmerEditor(false));
	}

	@GetMapping("/recover")
	String initRecoverForm(@AuthenticationPrincipal AccountUser user, Model model) {
		if (user != null) {
			return "redirect:/dashboard";
		}
		model.addAttribute("form", new RecoverForm());
		return VIEW_RECOVER;
	}

	@PostMapping("/recover")
	String processRecoverForm(@Valid @ModelAttribute("form") RecoverForm form, BindingResult result,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("newPassword") && !form.passwordsMatch()) {
			result.rejectValue("newPasswordConfirmation", "password.mismatch");
		}
		if (result.hasErrors()) {
			return VIEW_RECOVER;
		}
		Outcome outcome = this.recovery.recover(form.getEmail(), form.getCode(), form.getNewPassword(),
				ClientAddress.of(request));
		if (outcome instanceof Outcome.Recovered recovered) {
			// Everyone else out first (whoever knew the old password), then this browser in, on a new session id.
			this.sessions.endAll(recovered.account().getEmail());
			this.signIn.signIn(recovered.account(), request, response);
			redirect.addFlashAttribute("notice", "recover.done");
			return "redirect:/account/recovered";
		}
		if (outcome instanceof Outcome.Paused paused) {
			result.reject("recover.paused", new Object[] { paused.minutes() }, null);
		}
		else {
			result.reject("recover.refused");
		}
		// The code was not right or not checked: the field starts empty, like the passwords.
		form.setCode(null);
		return VIEW_RECOVER;
	}

	/** Where "Can't log in?" ends: how many codes are left, and the way on. */
	@GetMapping("/account/recovered")
	String recovered(@AuthenticationPrincipal AccountUser user, Model model) {
		model.addAttribute("codesLeft", this.codes.left(user.accountId()));
		model.addAttribute("fewLeft", RecoveryCodes.FEW_LEFT);
		return VIEW_RECOVERED;
	}

}
