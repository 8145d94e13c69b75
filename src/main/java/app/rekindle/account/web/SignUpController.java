package app.rekindle.account.web;

import java.util.List;

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

import app.rekindle.account.Account;
import app.rekindle.account.AccountService;
import app.rekindle.account.AccountUser;
import app.rekindle.account.EmailAlreadyRegisteredException;
import app.rekindle.account.EmailLinks;
import app.rekindle.account.SignUpCommand;
import app.rekindle.account.SignUpCompletion;
import app.rekindle.account.SignUpThrottle;
import app.rekindle.account.TimeZones;

@Controller
class SignUpController {

	static final String VIEW_SIGN_UP_FORM = "account/signup";

	private final AccountService accounts;

	private final SignUpCompletion completion;

	private final EmailLinks emailLinks;

	private final TimeZoneOptions timeZoneOptions;

	private final SignUpThrottle throttle;

	SignUpController(AccountService accounts, SignUpCompletion completion, EmailLinks emailLinks,
			TimeZoneOptions timeZoneOptions, SignUpThrottle throttle) {
		this.accounts = accounts;
		this.completion = completion;
		this.emailLinks = emailLinks;
		this.timeZoneOptions = timeZoneOptions;
		this.throttle = throttle;
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		binder.setAllowedFields("email", "password", "passwordConfirmation", "timeZone");
		// Spaces around an email are a slip of the keyboard; spaces in a password are part of it.
		binder.registerCustomEditor(String.class, "email", new StringTrimmerEditor(false));
	}

	@ModelAttribute("timeZones")
	List<TimeZones.Group> timeZones() {
		return this.timeZoneOptions.current();
	}

	@GetMapping("/signup")
	String initSignUpForm(@AuthenticationPrincipal AccountUser user, Model model) {
		if (user != null) {
			return "redirect:/dashboard";
		}
		model.addAttribute("form", new SignUpForm());
		return VIEW_SIGN_UP_FORM;
	}

	@PostMapping("/signup")
	String processSignUpForm(@Valid @ModelAttribute("form") SignUpForm form, BindingResult result,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("password") && !form.passwordsMatch()) {
			result.rejectValue("passwordConfirmation", "password.mismatch");
		}
		if (result.hasErrors()) {
			return VIEW_SIGN_UP_FORM;
		}
		// Counted here, not in the service: the limit is for what arrives from the web.
		if (!this.throttle.tryAcquire(request.getRemoteAddr())) {
			result.reject("signup.tooMany");
			return VIEW_SIGN_UP_FORM;
		}
		if (this.emailLinks.mailIsOn()) {
			return signUpAwaitingConfirmation(form, redirect);
		}
		Account account;
		try {
			account = this.accounts.signUp(form.toCommand());
		}
		catch (EmailAlreadyRegisteredException ex) {
			result.rejectValue("email", "signup.email.taken");
			return VIEW_SIGN_UP_FORM;
		}
		return this.completion.signInAndShowRecoveryCodes(account, request, response, redirect);
	}

	/**
	 * With mail on, the same page whether the address is new or already has a journal: only its inbox
	 * learns which (a link to confirm it, or a "was this you?").
	 */
	private String signUpAwaitingConfirmation(SignUpForm form, RedirectAttributes redirect) {
		SignUpCommand command = form.toCommand();
		try {
			this.emailLinks.signUpAwaitingConfirmation(command);
		}
		catch (EmailAlreadyRegisteredException ex) {
			// Another sign-up with this address won a race; its owner has the e-mail.
		}
		redirect.addFlashAttribute(EmailConfirmationController.SENT_TO, command.email().value());
		return "redirect:" + EmailConfirmationController.CHECK_INBOX_PATH;
	}

}
