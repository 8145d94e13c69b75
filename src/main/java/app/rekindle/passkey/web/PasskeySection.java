package app.rekindle.passkey.web;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import app.rekindle.account.Account;
import app.rekindle.account.AccountPageSection;
import app.rekindle.account.AccountService;
import app.rekindle.passkey.Passkeys;

/** The passkeys' section of the account page: the list, and the form that adds one. */
@Component
@Order(0)
class PasskeySection implements AccountPageSection {

	private final Passkeys passkeys;

	private final AccountService accounts;

	PasskeySection(Passkeys passkeys, AccountService accounts) {
		this.passkeys = passkeys;
		this.accounts = accounts;
	}

	@Override
	public String fragment() {
		return "passkey/section :: section";
	}

	@Override
	public void addTo(long accountId, Model model) {
		Account account = this.accounts.get(accountId);
		model.addAttribute("passkeys", this.passkeys.of(account.getEmail())
			.stream()
			.map((passkey) -> PasskeyRow.of(passkey, account.getTimeZone()))
			.toList());
		if (!model.containsAttribute("passkeyForm")) {
			model.addAttribute("passkeyForm", new PasskeyForm());
		}
		model.addAttribute("passkeyNameMax", Passkeys.MAX_NAME_LENGTH);
	}

}
