package app.rekindle.mail;

import org.springframework.stereotype.Component;

import app.rekindle.account.AccountMail;
import app.rekindle.account.EmailAddress;
import app.rekindle.system.WhenMailIsOn;

/** The account module's e-mails, queued in the outbox within the caller's transaction. */
@Component
@WhenMailIsOn
class AccountMailOutbox implements AccountMail {

	private final Outbox outbox;

	AccountMailOutbox(Outbox outbox) {
		this.outbox = outbox;
	}

	@Override
	public void confirmAddress(long accountId, EmailAddress to, String linkPath) {
		this.outbox.add(accountId, MailKind.CONFIRM_ADDRESS, to.value(), linkPath);
	}

	@Override
	public void signUpWithYourAddress(long accountId, EmailAddress to) {
		this.outbox.add(accountId, MailKind.SIGN_UP_WITH_YOUR_ADDRESS, to.value(), null);
	}

	@Override
	public void resetPassword(long accountId, EmailAddress to, String linkPath) {
		this.outbox.add(accountId, MailKind.RESET_PASSWORD, to.value(), linkPath);
	}

}
