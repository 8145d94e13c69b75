package app.rekindle.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's recovery codes: {@value #SET_SIZE} at a time, each good for one "Can't log in?", kept only
 * as hashes ({@link RecoveryCode#hash}) in {@code recovery_code}. A new set voids the old one.
 */
@Service
public class RecoveryCodes {

	public static final int SET_SIZE = 10;

	/** At this many left or fewer, the account page suggests a new set. */
	public static final int FEW_LEFT = 3;

	private final JdbcClient jdbc;

	private final AccountService accounts;

	private final CurrentPasswordCheck currentPassword;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	RecoveryCodes(JdbcClient jdbc, AccountService accounts, CurrentPasswordCheck currentPassword, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.currentPassword = currentPassword;
		this.clock = clock;
	}

	/**
	 * Makes a new set for the account, voiding any earlier one.
	 * @return the codes, in the clear, to be shown once and never again
	 */
	@Transactional
	public List<String> issue(long accountId) {
		Set<String> codes = new LinkedHashSet<>();
		while (codes.size() < SET_SIZE) {
			codes.add(RecoveryCode.generate(this.random));
		}
		Instant now = this.clock.instant();
		this.jdbc.sql("delete from recovery_code where account_id = ?").param(accountId).update();
		for (String code : codes) {
			this.jdbc.sql("insert into recovery_code (account_id, code_hash, created_at) values (?, ?, ?)")
				.params(accountId, RecoveryCode.hash(accountId, code), Throttle.at(now))
				.update();
		}
		return new ArrayList<>(codes);
	}

	/**
	 * A new set from the account page, once the current password confirms it is the person.
	 * @throws CurrentPasswordMismatchException when the password is wrong; the old set stays
	 * @throws CurrentPasswordPausedException after too many wrong ones of late; the old set stays
	 */
	@Transactional
	public List<String> replace(long accountId, String typedPassword) {
		this.currentPassword.verify(this.accounts.get(accountId), typedPassword);
		return issue(accountId);
	}

	@Transactional(readOnly = true)
	public int left(long accountId) {
		return this.jdbc.sql("select count(*) from recovery_code where account_id = ?")
			.param(accountId)
			.query(Integer.class)
			.single();
	}

	/** Spends the code if it is one of the account's: deleting its row, so it works only once, even for two requests at once. */
	@Transactional
	boolean spend(long accountId, String typedCode) {
		return RecoveryCode.normalise(typedCode)
			.map((code) -> this.jdbc.sql("delete from recovery_code where account_id = ? and code_hash = ?")
				.params(accountId, RecoveryCode.hash(accountId, code))
				.update() == 1)
			.orElse(false);
	}

	/** Whether the text has the shape of a code, for echoing codes back as a file. */
	public static boolean looksLikeACode(String text) {
		return text != null && RecoveryCode.WRITTEN.matcher(text).matches();
	}

}
