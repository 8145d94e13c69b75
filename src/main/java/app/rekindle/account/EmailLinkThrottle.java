package app.rekindle.account;

import java.time.Clock;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Limits how often links are e-mailed on request (a new password, the confirmation link again), per
 * network address and per e-mail typed, counted in the database so every instance shares the counts.
 * Like {@link SignUpThrottle}, only digests are stored, and an unknown e-mail is counted like a known
 * one, so the limit says nothing about who has an account.
 */
@Service
public class EmailLinkThrottle {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final LoginProtectionProperties.EmailLinks limits;

	EmailLinkThrottle(JdbcClient jdbc, Clock clock, LoginProtectionProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.limits = properties.emailLinks();
	}

	/** Counts a request from this client for this e-mail and says whether it may go ahead. */
	@Transactional
	public boolean tryAcquire(String clientAddress, String typedEmail) {
		String clientKey = "client:" + Sha256.hex(clientAddress == null ? "" : clientAddress);
		String emailKey = "email:" + LoginThrottle.key(typedEmail);
		Instant now = this.clock.instant();
		Instant windowStart = now.minus(this.limits.window());
		this.jdbc.sql("delete from email_link_request where requested_at <= ?").param(LoginThrottle.at(windowStart)).update();
		if (count(clientKey, windowStart) >= this.limits.maxPerClient()
				|| count(emailKey, windowStart) >= this.limits.maxPerEmail()) {
			return false;
		}
		for (String key : new String[] { clientKey, emailKey }) {
			this.jdbc.sql("insert into email_link_request (key_hash, requested_at) values (?, ?)")
				.params(Sha256.hex(key), LoginThrottle.at(now))
				.update();
		}
		return true;
	}

	private long count(String key, Instant windowStart) {
		return this.jdbc.sql("select count(*) from email_link_request where key_hash = ? and requested_at > ?")
			.params(Sha256.hex(key), LoginThrottle.at(windowStart))
			.query(Long.class)
			.single();
	}

}
