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

import app.rekindle.account.EmailLinkThrottle;
import app.rekindle.account.EmailLinks;
import app.rekindle.account.SignUpCompletion;
import app.rekindle.system.WhenMailIsOn;

/**
 * With mail on, a sign-up waits for its address: "Check your inbox", the link's page (a button, since mail
 * scanners open links on their own and a GET must never use it up), and the link sent again.
 */
@Controller
@WhenMailIsOn
class EmailConfirmationController {

	static final String CHECK_INBOX_PATH = "/signup/check-inbox";

	/** Flash attribute: the address a link was just sent to, as the person typed it. */
	static final String SENT_TO = "sentTo";

	private final EmailLinks links;

	private final EmailLinkThrottle throttle;

	private final SignUpCompletion completion;

	EmailConfirmationController(EmailLinks links, EmailLinkThrottle throttle, SignUpCompletion completion) {
		this.links = links;
		this.throttle = throttle;
		this.completion = completion;
	}

	@InitBinder("emailForm")
	void initBinder(WebDataBinder binder) {
		binder.setAllowedFields("email");
		binder.registerCustomEditor(String.class, "email", new StringTrimmerEditor(false));
	}

	@GetMapping(CHECK_INBOX_PATH)
	String checkInbox(Model model) {
		if (!model.containsAttribute("emailForm")) {
			model.addAttribute("emailForm", new EmailForm((String) model.getAttribute(SENT_TO)));
		}
		return "account/check-inbox";
	}

	@PostMapping("/confirm-email/again")
	String sendAgain(@Valid @ModelAttribute("emailForm") EmailForm form, BindingResult result,
			HttpServletRequest request, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "account/check-inbox";
		}
		if (!this.throttle.tryAcquire(request.getRemoteAddr(), form.getEmail())) {
			result.reject("emailLink.tooMany");
			return "account/check-inbox";
		}
		this.links.resendConfirmation(form.toAddress());
		redirect.addFlashAttribute(SENT_TO, form.toAddress().value());
		redirect.addFlashAttribute("notice", "confirm.sentAgain");
		return "redirect:" + CHECK_INBOX_PATH;
	}

	@GetMapping("/confirm-email/{token}")
	String showConfirmation(@PathVariable String token, Model model, HttpServletResponse response) {
		if (!this.links.confirmationLinkWorks(token)) {
			return linkNoLongerWorks(model, response);
		}
		model.addAttribute("token", token);
		return "account/confirm-email";
	}

	@PostMapping("/confirm-email/{token}")
	String confirm(@PathVariable String token, Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		return this.links.confirm(token)
			.map((account) -> this.completion.signInAndShowRecoveryCodes(account, request, response, redirect))
			.orElseGet(() -> linkNoLongerWorks(model, response));
	}

	/** A link used already, out of date or mistyped: a 404 that says what to do next. */
	private static String linkNoLongerWorks(Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		model.addAttribute("linkKind", "confirm");
		return "account/link-expired";
	}

}
