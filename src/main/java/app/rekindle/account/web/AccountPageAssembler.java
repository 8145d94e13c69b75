package app.rekindle.account.web;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import app.rekindle.account.Account;
import app.rekindle.account.AccountPage;
import app.rekindle.account.AccountPageSection;
import app.rekindle.account.AccountService;
import app.rekindle.account.RecoveryCodes;

/** Puts the account page together: its own forms, then the sections other modules add. */
@Component
class AccountPageAssembler implements AccountPage {

	static final String VIEW_ACCOUNT = "account/settings";

	private final AccountService accounts;

	private final TimeZoneOptions timeZoneOptions;

	private final ObjectProvider<AccountPageSection> sections;

	private final RecoveryCodes recoveryCodes;

	AccountPageAssembler(AccountService accounts, TimeZoneOptions timeZoneOptions,
			ObjectProvider<AccountPageSection> sections, RecoveryCodes recoveryCodes) {
		this.accounts = accounts;
		this.timeZoneOptions = timeZoneOptions;
		this.sections = sections;
		this.recoveryCodes = recoveryCodes;
	}

	@Override
	public String show(long accountId, Model model) {
		Account account = this.accounts.get(accountId);
		model.addAttribute("account", account);
		model.addAttribute("timeZones", this.timeZoneOptions.current());
		if (!model.containsAttribute("timeZoneForm")) {
			model.addAttribute("timeZoneForm", new TimeZoneForm(account.getTimeZone()));
		}
		if (!model.containsAttribute("passwordForm")) {
			model.addAttribute("passwordForm", new ChangePasswordForm());
		}
		model.addAttribute("recoveryCodesLeft", this.recoveryCodes.left(accountId));
		model.addAttribute("recoveryCodesFewLeft", RecoveryCodes.FEW_LEFT);
		if (!model.containsAttribute("recoveryCodesForm")) {
			model.addAttribute("recoveryCodesForm", new NewRecoveryCodesForm());
		}
		if (!model.containsAttribute("deleteForm")) {
			model.addAttribute("deleteForm", new DeleteAccountForm());
		}
		List<AccountPageSection> sections = this.sections.orderedStream().toList();
		for (AccountPageSection section : sections) {
			section.addTo(accountId, model);
		}
		model.addAttribute("accountSections", sections.stream().map(AccountPageSection::fragment).toList());
		return VIEW_ACCOUNT;
	}

}
