package app.rekindle.account;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
public class AccountService {

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private final CurrentPasswordCheck currentPassword;

	@PersistenceContext
	private EntityManager entityManager;

	AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock,
			CurrentPasswordCheck currentPassword) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
		this.currentPassword = currentPassword;
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
			.orElseThrow(() -> new AccountGoneException(accountId));
	}

	/**
	 * The account's time zone, which nearly every page needs. Inside a transaction it comes from that
	 * transaction's persistence context; outside one it is a single statement with no transaction of its
	 * own, which on PostgreSQL spares the {@code BEGIN} and {@code COMMIT} round trips (docs/PERFORMANCE.md).
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public ZoneId timeZone(long accountId) {
		Account account = this.entityManager.find(Account.class, accountId);
		if (account == null) {
			throw new AccountGoneException(accountId);
		}
		return account.getTimeZone();
	}

	/**
	 * @throws CurrentPasswordMismatchException when the current password is wrong; nothing changes
	 * @throws CurrentPasswordPausedException after too many wrong ones of late; nothing changes
	 */
	@Transactional
	public void changePassword(long accountId, String currentPassword, String newPassword) {
		Account account = get(accountId);
		this.currentPassword.verify(account, currentPassword);
		account.changePassword(this.passwordEncoder.encode(newPassword), this.clock.instant());
	}

	@Transactional
	public void changeTimeZone(long accountId, ZoneId timeZone) {
		get(accountId).changeTimeZone(timeZone);
	}

	/**
	 * Deletes the account and everything it owns, once the password confirms it is the person
	 * themselves. Every table that holds their data references the account or one of its journeys
	 * with {@code on delete cascade}, so this one delete removes all of it in the same transaction
	 * (a PostgreSQL test lists the tables from the database to keep that true).
	 * @throws CurrentPasswordMismatchException when the password is missing or wrong; nothing is deleted
	 * @throws CurrentPasswordPausedException after too many wrong ones of late; nothing is deleted
	 */
	@Transactional
	public void delete(long accountId, String currentPassword) {
		Account account = get(accountId);
		this.currentPassword.verify(account, currentPassword);
		this.accounts.delete(account);
		this.accounts.flush();
	}

}
