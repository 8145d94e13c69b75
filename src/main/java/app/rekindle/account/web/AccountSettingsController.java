package app.rekindle.account.web;

import java.util.List;

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

import app.rekindle.account.Account;
import app.rekindle.account.AccountService;
import app.rekindle.account.AccountUser;
import app.rekindle.account.CurrentPasswordMismatchException;
import app.rekindle.account.TimeZones;

/**
 * The account page: the time zone days follow, a new password, and deleting the account with
 * everything in it. (The downloads of "Your data" are served by the export module.)
 */
@Controller
class AccountSettingsController {

	static final String VIEW_ACCOUNT = "account/settings";

	private final AccountService accounts;

	private final TimeZoneOptions timeZoneOptions;

	AccountSettingsController(AccountService accounts, TimeZoneOptions timeZoneOptions) {
		this.accounts = accounts;
		this.timeZoneOptions = timeZoneOptions;
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

	@ModelAttribute("timeZones")
	List<TimeZones.Option> timeZones() {
		return this.timeZoneOptions.current();
	}

	@GetMapping("/account")
	String showAccount(@AuthenticationPrincipal AccountUser user, Model model) {
		return accountPage(user, model);
	}

	@PostMapping("/account/time-zone")
	String processTimeZoneForm(@AuthenticationPrincipal AccountUser user,
			@Valid @ModelAttribute("timeZoneForm") TimeZoneForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return accountPage(user, model);
		}
		this.accounts.changeTimeZone(user.accountId(), form.toZoneId());
		redirect.addFlashAttribute("notice", "account.timeZone.saved");
		return "redirect:/account";
	}

	@PostMapping("/account/password")
	String processPasswordForm(@AuthenticationPrincipal AccountUser user,
			@Valid @ModelAttribute("passwordForm") ChangePasswordForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasFieldErrors("newPassword") && !form.passwordsMatch()) {
			result.rejectValue("newPasswordConfirmation", "password.mismatch");
		}
		if (!result.hasErrors()) {
			try {
				this.accounts.changePassword(user.accountId(), form.getCurrentPassword(), form.getNewPassword());
				redirect.addFlashAttribute("notice", "account.password.saved");
				return "redirect:/account";
			}
			catch (CurrentPasswordMismatchException ex) {
				result.rejectValue("currentPassword", "password.current.wrong");
			}
		}
		return accountPage(user, model);
	}

	/**
	 * Deletes the account and everything in it, then signs the person out on this device: the
	 * session ends and the security context is cleared before the redirect.
	 */
	@PostMapping("/account/delete")
	String processDeleteForm(@AuthenticationPrincipal AccountUser user,
			@Valid @ModelAttribute("deleteForm") DeleteAccountForm form, BindingResult result, Model model,
			Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		if (!result.hasErrors()) {
			try {
				this.accounts.delete(user.accountId(), form.getPassword());
				new SecurityContextLogoutHandler().logout(request, response, authentication);
				return "redirect:/?account-deleted";
			}
			catch (CurrentPasswordMismatchException ex) {
				result.rejectValue("password", "account.delete.password.wrong");
			}
		}
		return accountPage(user, model);
	}

	/** The page with every form it shows; a form already in the model (with its errors) is kept. */
	private String accountPage(AccountUser user, Model model) {
		Account account = this.accounts.get(user.accountId());
		model.addAttribute("account", account);
		if (!model.containsAttribute("timeZoneForm")) {
			model.addAttribute("timeZoneForm", new TimeZoneForm(account.getTimeZone()));
		}
		if (!model.containsAttribute("passwordForm")) {
			model.addAttribute("passwordForm", new ChangePasswordForm());
		}
		if (!model.containsAttribute("deleteForm")) {
			model.addAttribute("deleteForm", new DeleteAccountForm());
		}
		return VIEW_ACCOUNT;
	}

}
