package app.rekindle.account.web;

import java.util.List;

import jakarta.validation.Valid;

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
import app.rekindle.account.CurrentPasswordMismatchException;
import app.rekindle.account.TimeZones;

/** The account page: the time zone days follow, and a new password. */
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
		Account account = this.accounts.get(user.accountId());
		model.addAttribute("account", account);
		model.addAttribute("timeZoneForm", new TimeZoneForm(account.getTimeZone()));
		model.addAttribute("passwordForm", new ChangePasswordForm());
		return VIEW_ACCOUNT;
	}

	@PostMapping("/account/time-zone")
	String processTimeZoneForm(@AuthenticationPrincipal AccountUser user,
			@Valid @ModelAttribute("timeZoneForm") TimeZoneForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("account", this.accounts.get(user.accountId()));
			model.addAttribute("passwordForm", new ChangePasswordForm());
			return VIEW_ACCOUNT;
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
		Account account = this.accounts.get(user.accountId());
		model.addAttribute("account", account);
		model.addAttribute("timeZoneForm", new TimeZoneForm(account.getTimeZone()));
		return VIEW_ACCOUNT;
	}

}
