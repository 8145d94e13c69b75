package app.rekindle.account;

import java.time.Duration;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import app.rekindle.testsupport.MutableClock;
import app.rekindle.testsupport.MutableClockConfiguration;
import app.rekindle.testsupport.PostgresTest;
import app.rekindle.testsupport.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The throttles' plain SQL and instants, on the database real deployments use. The sign-up throttle
 * counts to the product's default of 5 (the test settings raise it for the many tests that sign up
 * through the form): one made here with that limit, in a transaction as the application's is, so
 * this class shares the other PostgreSQL tests' application context.
 */
@PostgresTest
class LoginThrottlePostgresTests {

	@Autowired
	private LoginThrottle logins;

	@Autowired
	private LoginProtectionProperties protection;

	@Autowired
	private TransactionTemplate transaction;

	@Autowired
	private MutableClock clock;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void pausesAnEmailFromOneAddressForFifteenMinutesFromTheFifthFailure() {
		this.clock.set(MutableClockConfiguration.START);
		String email = TestAccounts.uniqueEmail();
		String address = "198.51.100." + (System.nanoTime() % 200);
		for (int i = 0; i < 5; i++) {
			this.logins.recordFailure(email, address);
		}

		assertThat(this.logins.isLocked(email, address)).isTrue();
		assertThat(this.logins.isLocked(email, "203.0.113.9")).as("from another address").isFalse();
		assertThat(this.jdbc.sql("select paused_until from throttle_pause where scope = 'login-pair' and key_hash = ?")
			.param(Throttle.hash(LoginThrottle.pairKey(email, address)))
			.query(OffsetDateTime.class)
			.single()
			.toInstant()).isEqualTo(MutableClockConfiguration.START.plus(Duration.ofMinutes(15)));
		this.clock.advance(Duration.ofMinutes(15));
		assertThat(this.logins.isLocked(email, address)).isFalse();
	}

	@Test
	void countsSignUpsPerClientWithinTheWindow() {
		this.clock.set(MutableClockConfiguration.START.plus(Duration.ofDays(3)));
		String client = "192.0.2." + (System.nanoTime() % 200);
		for (int i = 0; i < 5; i++) {
			assertThat(tryAcquire(client)).isTrue();
		}
		assertThat(tryAcquire(client)).isFalse();
		this.clock.advance(Duration.ofHours(1));
		assertThat(tryAcquire(client)).isTrue();
	}

	/** The sign-up throttle with the product's default limit of 5 and the configured window. */
	private boolean tryAcquire(String client) {
		LoginProtectionProperties defaults = new LoginProtectionProperties(this.protection.login(),
				new LoginProtectionProperties.SignUp(5, this.protection.signup().window()), this.protection.currentPassword(),
				this.protection.recovery(), this.protection.emailLinks());
		SignUpThrottle signUps = new SignUpThrottle(this.jdbc, this.clock, defaults);
		return Boolean.TRUE.equals(this.transaction.execute((status) -> signUps.tryAcquire(client)));
	}

}
