package app.rekindle.account;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class AccountService {

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	/**
	 * Creates an account. The unique constraint decides when two sign-ups with one email race;
	 * the check before it only spares the common case a failed insert.
	 */
	@Transactional
	public Account signUp(SignUpCommand command) {
		if (this.accounts.existsByEmail(command.email().value())) {
			throw new EmailAlreadyRegisteredException();
		}
		Account account = Account.create(command.email(), this.passwordEncoder.encode(command.password()),
				command.timeZone(), this.clock.instant());
		try {
			return this.accounts.saveAndFlush(account);
		}
		catch (DataIntegrityViolationException ex) {
			throw new EmailAlreadyRegisteredException();
		}
	}

	@Transactional(readOnly = true)
	public Account get(long accountId) {
		return this.accounts.findById(accountId)
			.orElseThrow(() -> new IllegalStateException("The signed-in account " + accountId + " no longer exists"));
	}

	@Transactional
	public void changePassword(long accountId, String currentPassword, String newPassword) {
		Account account = get(accountId);
		if (!this.passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			throw new CurrentPasswordMismatchException();
		}
		account.changePasswordHash(this.passwordEncoder.encode(newPassword));
	}

	@Transactional
	public void changeTimeZone(long accountId, ZoneId timeZone) {
		get(accountId).changeTimeZone(timeZone);
	}

}
