package app.rekindle.passkey.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.registration.PublicKeyCredentialCreationOptionsRepository;
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

import app.rekindle.account.AccountPage;
import app.rekindle.account.AccountUser;
import app.rekindle.passkey.Passkey;
import app.rekindle.passkey.PasskeyNotAddedException;
import app.rekindle.passkey.Passkeys;
import app.rekindle.system.RemovalConfirmation;

/**
 * Adding a passkey (the last step, once the device has made it; see {@code js/passkeys.js}) and
 * removing one, from the account page's Passkeys section. Both come back to that section with its
 * notice, since on a phone it is far down the page.
 */
@Controller
class PasskeyController {

	private static final String BACK_TO_SECTION = "redirect:/account#passkeys";

	private static final String NOTICE = "passkeyNotice";

	private static final String REMOVAL = "passkey";

	private final Passkeys passkeys;

	private final AccountPage page;

	private final PublicKeyCredentialCreationOptionsRepository creationOptions;

	PasskeyController(Passkeys passkeys, AccountPage page, PublicKeyCredentialCreationOptionsRepository creationOptions) {
		this.passkeys = passkeys;
		this.page = page;
		this.creationOptions = creationOptions;
	}

	@InitBinder("passkeyForm")
	void initPasskeyBinder(WebDataBinder binder) {
		binder.setAllowedFields("name", "credential");
	}

	/**
	 * Stores the passkey the device made for the options this session asked for, under the name typed.
	 * A name that will not do, or a passkey that does not check out, shows the account page again with
	 * the name kept and a message beside it; the options are used once either way.
	 */
	@PostMapping("/account/passkeys")
	String add(@AuthenticationPrincipal AccountUser user, @Valid @ModelAttribute("passkeyForm") PasskeyForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletRequest request,
			HttpServletResponse response) {
		if (!result.hasFieldErrors("name")) {
			PublicKeyCredentialCreationOptions options = this.creationOptions.load(request);
			this.creationOptions.save(request, response, null);
			if (!result.hasErrors() && form.getCredential() != null && !form.getCredential().isBlank()) {
				try {
					this.passkeys.add(user.getUsername(), options, form.getCredential(), form.getName());
					redirect.addFlashAttribute(NOTICE, "passkey.added");
					return BACK_TO_SECTION;
				}
				catch (PasskeyNotAddedException ex) {
					// Told below, as for an answer that never came.
				}
			}
			if (!result.hasGlobalErrors()) {
				result.reject("passkey.notAdded");
			}
		}
		form.setCredential(null);
		return this.page.show(user.accountId(), model);
	}

	@GetMapping("/account/passkeys/{passkeyId}/remove")
	String confirmRemoval(@AuthenticationPrincipal AccountUser user, @PathVariable String passkeyId, Model model) {
		Passkey passkey = this.passkeys.get(user.getUsername(), passkeyId);
		return RemovalConfirmation.of(REMOVAL, "/account/passkeys/" + passkey.id() + "/delete", "/account#passkeys")
			.text(passkey.name())
			.menu("account")
			.show(model);
	}

	@PostMapping("/account/passkeys/{passkeyId}/delete")
	String remove(@AuthenticationPrincipal AccountUser user, @PathVariable String passkeyId, RedirectAttributes redirect) {
		this.passkeys.remove(user.getUsername(), passkeyId);
		redirect.addFlashAttribute(NOTICE, RemovalConfirmation.notice(REMOVAL));
		return BACK_TO_SECTION;
	}

}
