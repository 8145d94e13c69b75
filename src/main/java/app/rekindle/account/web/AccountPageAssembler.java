package app.rekindle.account.web;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import app.rekindle.account.Account;
import app.rekindle.account.AccountPage;
import app.rekindle.account.AccountPageSection;
import app.rekindle.account.AccountService;

/** Puts the account page together: its own forms, then the sections other modules add. */
@Component
class AccountPageAssembler implements AccountPage {

	static final String VIEW_ACCOUNT = "account/settings";

	private final AccountService accounts;

	private final TimeZoneOptions timeZoneOptions;

	private final ObjectProvider<AccountPageSection> sections;

	AccountPageAssembler(AccountService accounts, TimeZoneOptions timeZoneOptions,
			ObjectProvider<AccountPageSection> sections) {
		this.accounts = accounts;
		this.timeZoneOptions = timeZoneOptions;
		this.sections = sections;
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
