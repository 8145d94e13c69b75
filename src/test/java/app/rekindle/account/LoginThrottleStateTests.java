package app.rekindle.account;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.rekindle.testsupport.JournalTest;
import app.rekindle.testsupport.MutableClock;
import app.rekindle.testsupport.MutableClockConfiguration;
import app.rekindle.testsupport.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The throttle keeps nothing in memory: two throttles, as two instances of the application would
 * have, see each other's failures through the database, which holds no address in the clear.
 */
@JournalTest
class LoginThrottleStateTests {

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private MutableClock clock;

	@Autowired
	private LoginProtectionProperties properties;

	@BeforeEach
	void startOfTheDay() {
		this.clock.set(MutableClockConfiguration.START);
	}

	@Test
	void twoInstancesShareTheFailuresAndThePause() {
		LoginThrottle first = new LoginThrottle(this.jdbc, this.clock, this.properties);
		LoginThrottle second = new LoginThrottle(this.jdbc, this.clock, this.properties);
		String email = TestAccounts.uniqueEmail();

		first.recordFailure(email);
		second.recordFailure(email);
		first.recordFailure(email);
		second.recordFailure(email);
		assertThat(first.isLocked(email)).isFalse();
		first.recordFailure(email);

		assertThat(second.isLocked(email.toUpperCase())).isTrue();
		assertThat(first.isLocked(email)).isTrue();
	}

	@Test
	void storesOnlyADigestOfTheEmail() {
		LoginThrottle throttle = new LoginThrottle(this.jdbc, this.clock, this.properties);
		String email = TestAccounts.uniqueEmail();
		throttle.recordFailure(email);

		assertThat(this.jdbc.sql("select email_hash from login_failure").query(String.class).list())
			.contains(LoginThrottle.key(email))
			.noneMatch((value) -> value.contains("@"));
	}

	@Test
	void sweepsFailuresAndPausesOlderThanTheirWindow() {
		LoginThrottle throttle = new LoginThrottle(this.jdbc, this.clock, this.properties);
		String paused = TestAccounts.uniqueEmail();
		for (int i = 0; i < 5; i++) {
			throttle.recordFailure(paused);
		}
		throttle.recordFailure(TestAccounts.uniqueEmail());
		this.clock.advance(Duration.ofMinutes(16));

		throttle.recordFailure(TestAccounts.uniqueEmail());

		assertThat(this.jdbc.sql("select count(*) from login_failure where failed_at < ?")
			.param(LoginThrottle.at(this.clock.instant()))
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from login_lock where locked_until <= ?")
			.param(LoginThrottle.at(this.clock.instant()))
			.query(Long.class)
			.single()).isZero();
	}

}
