package app.rekindle.account;

import java.time.Clock;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Limits how many sign-ups one client (network address) may attempt within a window, counted in
 * the database so that every instance of the application shares the count. Only the sign-up form
 * asks; accounts made any other way are not counted.
 */
@Service
public class SignUpThrottle {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final LoginProtectionProperties.SignUp limits;

	SignUpThrottle(JdbcClient jdbc, Clock clock, LoginProtectionProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.limits = properties.signup();
	}

	/** Counts an attempt from this client and says whether it may go ahead. */
	@Transactional
	public boolean tryAcquire(String clientAddress) {
		String key = Sha256.hex(clientAddress == null ? "" : clientAddress);
		Instant now = this.clock.instant();
		Instant windowStart = now.minus(this.limits.window());
		this.jdbc.sql("delete from sign_up_attempt where attempted_at <= ?").param(Throttle.at(windowStart)).update();
		long attempts = this.jdbc.sql("select count(*) from sign_up_attempt where client_hash = ? and attempted_at > ?")
			.params(key, Throttle.at(windowStart))
			.query(Long.class)
			.single();
		if (attempts >= this.limits.maxPerClient()) {
			return false;
		}
		this.jdbc.sql("insert into sign_up_attempt (client_hash, attempted_at) values (?, ?)")
			.params(key, Throttle.at(now))
			.update();
		return true;
	}

}
