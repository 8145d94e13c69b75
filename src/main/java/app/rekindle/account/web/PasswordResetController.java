package app.rekindle.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.rekindle.account.Account;
import app.rekindle.account.ClientAddress;
import app.rekindle.account.EmailLinkThrottle;
import app.rekindle.account.EmailLinks;
import app.rekindle.account.LoginThrottle;
import app.rekindle.account.SignIn;
import app.rekindle.system.WhenMailIsOn;

/**
 * "Forgot your password?", with mail on: the address (always the same answer), then the link's page,
 * which shows a form on GET (mail scanners open links on their own) and uses the link only on POST.
 * A new password signs every other device out and this browser in, with a new session id.
 */
@Controller
@WhenMailIsOn
class PasswordResetController {

	private static final String VIEW_FORGOT = "account/forgot-password";

	private static final String VIEW_RESET = "account/reset-password";

	private final EmailLinks links;

	private final EmailLinkThrottle throttle;

	private final LoginThrottle loginThrottle;

	private final SignIn signIn;

	private final SignedInSessions sessions;

	PasswordResetController(EmailLinks links, EmailLinkThrottle throttle, LoginThrottle loginThrottle, SignIn signIn,
			SignedInSessions sessions) {
		this.links = links;
		this.throttle = throttle;
		this.loginThrottle = loginThrottle;
		this.signIn = signIn;
		this.sessions = sessions;
	}

	@InitBinder("emailForm")
	void initEmailBinder(WebDataBinder binder) {
		binder.setAllowedFields("email");
		binder.registerCustomEditor(String.class, "email", new StringTrimmerEditor(false));
	}

	@InitBinder("passwordForm")
	void initPasswordBinder(WebDataBinder binder) {
		binder.setAllowedFields("newPassword", "newPasswordConfirmation");
	}

	@GetMapping("/password/forgot")
	String showForgotForm(Model model) {
		if (!model.containsAttribute("emailForm")) {
			model.addAttribute("emailForm", new EmailForm((String) model.getAttribute(EmailConfirmationController.SENT_TO)));
		}
		return VIEW_FORGOT;
	}

	@PostMapping("/password/forgot")
	String processForgotForm(@Valid @ModelAttribute("emailForm") EmailForm form, BindingResult result,
			HttpServletRequest request, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return VIEW_FORGOT;
		}
		if (!this.throttle.tryAcquire(request.getRemoteAddr(), form.getEmail())) {
			result.reject("emailLink.tooMany");
			return VIEW_FORGOT;
		}
		this.links.requestPasswordReset(form.toAddress());
		redirect.addFlashAttribute("notice", "password.forgot.sent");
		redirect.addFlashAttribute(EmailConfirmationController.SENT_TO, form.getEmail());
		return "redirect:/password/forgot";
	}

	@GetMapping("/password/reset/{token}")
	String showResetForm(@PathVariable String token, Model model, HttpServletResponse response) {
		if (!this.links.resetLinkWorks(token)) {
			return linkNoLongerWorks(model, response);
		}
		model.addAttribute("token", token);
		model.addAttribute("passwordForm", new NewPasswordForm());
		return VIEW_RESET;
	}

	@PostMapping("/password/reset/{token}")
	String processResetForm(@PathVariable String token, @Valid @ModelAttribute("passwordForm") NewPasswordForm form,
			BindingResult result, Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (!this.links.resetLinkWorks(token)) {
			return linkNoLongerWorks(model, response);
		}
		if (!result.hasFieldErrors("newPassword") && !form.passwordsMatch()) {
			result.rejectValue("newPasswordConfirmation", "password.mismatch");
		}
		if (result.hasErrors()) {
			model.addAttribute("token", token);
			return VIEW_RESET;
		}
		Account account = this.links.resetPassword(token, form.getNewPassword()).orElse(null);
		if (account == null) {
			return linkNoLongerWorks(model, response);
		}
		this.loginThrottle.recordSuccess(account.getEmail(), ClientAddress.of(request));
		this.signIn.signIn(account, request, response);
		this.sessions.endAllBut(account.getEmail(), request.getSession().getId());
		redirect.addFlashAttribute("notice", "password.reset.done");
		return "redirect:/dashboard";
	}

	private static String linkNoLongerWorks(Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		model.addAttribute("linkKind", "reset");
		return "account/link-expired";
	}

}
