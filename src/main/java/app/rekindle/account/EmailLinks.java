package app.rekindle.account;

import java.time.Clock;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens by e-mail link, when the application has an SMTP server: a sign-up that waits for its
 * address to be confirmed, and a new password for someone who forgot theirs. Each method answers the
 * same way whether or not an account has the address, so a stranger learns nothing from it; only the
 * owner's inbox does. The e-mail is queued in the same transaction ({@link AccountMail}).
 */
@Service
public class EmailLinks {

	public static final String CONFIRM_PATH = "/confirm-email/";

	public static final String RESET_PATH = "/password/reset/";

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private final LinkTokens tokens;

	private final ObjectProvider<AccountMail> mail;

	EmailLinks(AccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock, LinkTokens tokens,
			ObjectProvider<AccountMail> mail) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
		this.tokens = tokens;
		this.mail = mail;
	}

	/** Whether the application has an SMTP server, so that links can be e-mailed at all. */
	public boolean mailIsOn() {
		return this.mail.getIfAvailable() != null;
	}

	/**
	 * A sign-up with mail on: a new address gets an account that cannot log in until its link is
	 * followed; an address that already has an account gets a short "was this you?" instead, and its
	 * account stays as it was.
	 * @throws EmailAlreadyRegisteredException when another sign-up with the address won a race; nothing was saved
	 */
	@Transactional
	public void signUpAwaitingConfirmation(SignUpCommand command) {
		Optional<Account> existing = this.accounts.findByEmail(command.email().value());
		if (existing.isPresent()) {
			this.mail.getObject().signUpWithYourAddress(existing.get().getId(), command.email());
			return;
		}
		Account account = Account.createUnconfirmed(command.email(), this.passwordEncoder.encode(command.password()),
				command.timeZone(), this.clock.instant());
		try {
			account = this.accounts.saveAndFlush(account);
		}
		catch (DataIntegrityViolationException ex) {
			throw new EmailAlreadyRegisteredException();
		}
		sendConfirmation(account);
	}

	/** A new confirmation link, for an account still waiting for one; otherwise nothing. */
	@Transactional
	public void resendConfirmation(EmailAddress email) {
		this.accounts.findByEmail(email.value())
			.filter((account) -> !account.isEmailConfirmed())
			.ifPresent(this::sendConfirmation);
	}

	@Transactional(readOnly = true)
	public boolean confirmationLinkWorks(String token) {
		return this.tokens.peek(token, LinkPurpose.CONFIRM_ADDRESS).isPresent();
	}

	/** Uses the link: the account, now confirmed, to sign in; empty when the link is used or out of date. */
	@Transactional
	public Optional<Account> confirm(String token) {
		return this.tokens.spend(token, LinkPurpose.CONFIRM_ADDRESS).flatMap(this.accounts::findById).map((account) -> {
			account.confirmEmail();
			return account;
		});
	}

	/** A link to set a new password, when an account has the address; otherwise nothing. */
	@Transactional
	public void requestPasswordReset(EmailAddress email) {
		this.accounts.findByEmail(email.value()).ifPresent((account) -> {
			String token = this.tokens.issue(account.getId(), LinkPurpose.RESET_PASSWORD);
			this.mail.getObject().resetPassword(account.getId(), email, RESET_PATH + token);
		});
	}

	@Transactional(readOnly = true)
	public boolean resetLinkWorks(String token) {
		return this.tokens.peek(token, LinkPurpose.RESET_PASSWORD).isPresent();
	}

	/**
	 * Uses the link to set the new password. Following it also shows the address is the owner's, so
	 * an account still waiting for confirmation is confirmed too.
	 * @return the account, to sign in; empty when the link is used or out of date, and nothing changed
	 */
	@Transactional
	public Optional<Account> resetPassword(String token, String newPassword) {
		return this.tokens.spend(token, LinkPurpose.RESET_PASSWORD).flatMap(this.accounts::findById).map((account) -> {
			account.changePassword(this.passwordEncoder.encode(newPassword), this.clock.instant());
			account.confirmEmail();
			return account;
		});
	}

	private void sendConfirmation(Account account) {
		String token = this.tokens.issue(account.getId(), LinkPurpose.CONFIRM_ADDRESS);
		this.mail.getObject().confirmAddress(account.getId(), new EmailAddress(account.getEmail()), CONFIRM_PATH + token);
	}

}
