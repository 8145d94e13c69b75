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

	private static final String ADDRESS = "192.0.2.77";

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
		LoginThrottle first = new LoginThrottle(new Throttle(this.jdbc, this.clock), this.properties);
		LoginThrottle second = new LoginThrottle(new Throttle(this.jdbc, this.clock), this.properties);
		String email = TestAccounts.uniqueEmail();

		first.recordFailure(email, ADDRESS);
		second.recordFailure(email, ADDRESS);
		first.recordFailure(email, ADDRESS);
		second.recordFailure(email, ADDRESS);
		assertThat(first.isLocked(email, ADDRESS)).isFalse();
		first.recordFailure(email, ADDRESS);

		assertThat(second.isLocked(email.toUpperCase(), ADDRESS)).isTrue();
		assertThat(first.isLocked(email, ADDRESS)).isTrue();
	}

	@Test
	void storesOnlyADigestOfTheEmailAndTheAddress() {
		LoginThrottle throttle = new LoginThrottle(new Throttle(this.jdbc, this.clock), this.properties);
		String email = TestAccounts.uniqueEmail();
		throttle.recordFailure(email, ADDRESS);

		assertThat(this.jdbc.sql("select key_hash from throttle_failure").query(String.class).list())
			.contains(Throttle.hash(LoginThrottle.pairKey(email, ADDRESS)), Throttle.hash(ADDRESS))
			.noneMatch((value) -> value.contains("@") || value.contains(ADDRESS));
	}

	@Test
	void sweepsFailuresAndPausesOlderThanTheirWindow() {
		LoginThrottle throttle = new LoginThrottle(new Throttle(this.jdbc, this.clock), this.properties);
		String paused = TestAccounts.uniqueEmail();
		for (int i = 0; i < 5; i++) {
			throttle.recordFailure(paused, ADDRESS);
		}
		throttle.recordFailure(TestAccounts.uniqueEmail(), ADDRESS);
		// An ended pause is remembered for the longest pause (2 hours), so the next one can be longer.
		this.clock.advance(Duration.ofMinutes(15).plus(Duration.ofHours(2)).plusSeconds(1));

		throttle.recordFailure(TestAccounts.uniqueEmail(), ADDRESS);

		assertThat(this.jdbc.sql("select count(*) from throttle_failure where scope like 'login-%' and failed_at < ?")
			.param(Throttle.at(this.clock.instant()))
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from throttle_pause where scope like 'login-%' and paused_until <= ?")
			.param(Throttle.at(this.clock.instant()))
			.query(Long.class)
			.single()).isZero();
	}

}
