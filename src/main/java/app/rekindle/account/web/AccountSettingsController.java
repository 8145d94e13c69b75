package app.rekindle.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.rekindle.account.AccountPage;
import app.rekindle.account.AccountService;
import app.rekindle.account.AccountUser;
import app.rekindle.account.CurrentPasswordMismatchException;
import app.rekindle.account.CurrentPasswordPausedException;

/**
 * The account page: the time zone days follow, a new password, and deleting the account with
 * everything in it. Sections other modules add (the calendar feed) handle their own forms, and the
 * downloads of "Your data" are served by the export module; {@link AccountPage} puts the page together.
 */
@Controller
class AccountSettingsController {

	private final AccountService accounts;

	private final AccountPage page;

	private final SignedInSessions sessions;

	AccountSettingsController(AccountService accounts, AccountPage page, SignedInSessions sessions) {
		this.accounts = accounts;
		this.page = page;
		this.sessions = sessions;
	}

	@InitBinder("passwordForm")
	void initPasswordBinder(WebDataBinder binder) {
		binder.setAllowedFields("currentPassword", "newPassword", "newPasswordConfirmation");
	}

	@InitBinder("deleteForm")
	void initDeleteBinder(WebDataBinder binder) {
		binder.setAllowedFields("password");
	}

	@InitBinder("timeZoneForm")
	void initTimeZoneBinder(WebDataBinder binder) {
		binder.setAllowedFields("timeZone");
	}

	@GetMapping("/account")
	String showAccount(@AuthenticationPrincipal AccountUser user, Model model) {
		return this.page.show(user.accountId(), model);
	}

	@PostMapping("/account/time-zone")
	String processTimeZoneForm(@AuthenticationPrincipal AccountUser user,
			@Valid @ModelAttribute("timeZoneForm") TimeZoneForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return this.page.show(user.accountId(), model);
		}
		this.accounts.changeTimeZone(user.accountId(), form.toZoneId());
		redirect.addFlashAttribute("notice", "account.timeZone.saved");
		return "redirect:/account";
	}

	/**
	 * A new password signs every other device out (someone who knew the old one may be on one); the
	 * session that changed it stays signed in, under a new session id. The page then offers a new
	 * calendar address, if the feed is on ({@code calendar.web.CalendarSection}).
	 */
	@PostMapping("/account/password")
	String processPasswordForm(@AuthenticationPrincipal AccountUser user,
			@Valid @ModelAttribute("passwordForm") ChangePasswordForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletRequest request) {
		if (!result.hasFieldErrors("newPassword") && !form.passwordsMatch()) {
			result.rejectValue("newPasswordConfirmation", "password.mismatch");
		}
		if (!result.hasErrors()) {
			try {
				this.accounts.changePassword(user.accountId(), form.getCurrentPassword(), form.getNewPassword());
				// Others out first, by this session's stored id; then this one moves to a new id when it is saved.
				this.sessions.endAllBut(user.getUsername(), request.getSession().getId());
				request.changeSessionId();
				redirect.addFlashAttribute("notice", "account.password.saved");
				return "redirect:/account";
			}
			catch (CurrentPasswordMismatchException ex) {
				result.rejectValue("currentPassword", "password.current.wrong");
			}
			catch (CurrentPasswordPausedException ex) {
				result.rejectValue("currentPassword", "password.current.paused", new Object[] { ex.minutes() }, null);
			}
		}
		return this.page.show(user.accountId(), model);
	}

	/**
	 * Deletes the account and everything in it, then signs the person out on this device (the session
	 * ends and the security context is cleared before the redirect) and on every other one.
	 */
	@PostMapping("/account/delete")
	String processDeleteForm(@AuthenticationPrincipal AccountUser user,
			@Valid @ModelAttribute("deleteForm") DeleteAccountForm form, BindingResult result, Model model,
			Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		if (!result.hasErrors()) {
			try {
				this.accounts.delete(user.accountId(), form.getPassword());
				new SecurityContextLogoutHandler().logout(request, response, authentication);
				this.sessions.endAll(user.getUsername());
				return "redirect:/?account-deleted";
			}
			catch (CurrentPasswordMismatchException ex) {
				result.rejectValue("password", "account.delete.password.wrong");
			}
			catch (CurrentPasswordPausedException ex) {
				result.rejectValue("password", "account.delete.password.paused", new Object[] { ex.minutes() }, null);
			}
		}
		return this.page.show(user.accountId(), model);
	}

}
