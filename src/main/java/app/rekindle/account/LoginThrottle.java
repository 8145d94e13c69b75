package app.rekindle.account;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pauses log-in for an email after too many failures in a short time, whether or not an account
 * has that email, so the pause says nothing about who has a journal here. The counts live in the
 * database, so every instance of the application refuses alike. Plain SQL rather than entities:
 * these rows are no one's journal and have no place in the export.
 */
@Service
public class LoginThrottle {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final LoginProtectionProperties.Login limits;

	LoginThrottle(JdbcClient jdbc, Clock clock, LoginProtectionProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.limits = properties.login();
	}

	/** How long a pause lasts, in whole minutes, for the message that tells a person. */
	public long lockMinutes() {
		return Math.max(1, this.limits.lockDuration().toMinutes());
	}

	@Transactional(readOnly = true)
	public boolean isLocked(String typedEmail) {
		return this.jdbc.sql("select count(*) from login_lock where email_hash = ? and locked_until > ?")
			.params(key(typedEmail), at(this.clock.instant()))
			.query(Long.class)
			.single() > 0;
	}

	/** Counts a failed log-in; the one that reaches the limit starts the pause and clears the count. */
	@Transactional
	public void recordFailure(String typedEmail) {
		String key = key(typedEmail);
		Instant now = this.clock.instant();
		Instant windowStart = now.minus(this.limits.failureWindow());
		// Sweep everyone's old rows here, so the tables stay as small as the windows.
		this.jdbc.sql("delete from login_failure where failed_at <= ?").param(at(windowStart)).update();
		this.jdbc.sql("delete from login_lock where locked_until <= ?").param(at(now)).update();
		this.jdbc.sql("insert into login_failure (email_hash, failed_at) values (?, ?)").params(key, at(now)).update();
		long failures = this.jdbc.sql("select count(*) from login_failure where email_hash = ? and failed_at > ?")
			.params(key, at(windowStart))
			.query(Long.class)
			.single();
		if (failures >= this.limits.maxFailures()) {
			lock(key, now.plus(this.limits.lockDuration()));
		}
	}

	@Transactional
	public void recordSuccess(String typedEmail) {
		this.jdbc.sql("delete from login_failure where email_hash = ?").param(key(typedEmail)).update();
	}

	private void lock(String key, Instant until) {
		this.jdbc.sql("delete from login_lock where email_hash = ?").param(key).update();
		try {
			this.jdbc.sql("insert into login_lock (email_hash, locked_until) values (?, ?)").params(key, at(until)).update();
		}
		catch (DuplicateKeyException ex) {
			// Another instance paused the same email at the same moment; one pause is enough.
		}
		this.jdbc.sql("delete from login_failure where email_hash = ?").param(key).update();
	}

	static String key(String typedEmail) {
		String normalized = (typedEmail == null) ? "" : typedEmail.strip().toLowerCase(Locale.ROOT);
		return Sha256.hex(normalized);
	}

	static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
