package app.rekindle.account;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import app.rekindle.testsupport.JournalTest;
import app.rekindle.testsupport.MutableClock;
import app.rekindle.testsupport.MutableClockConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/** The one throttle every form shares, on the database, with the clock moved by hand. */
@JournalTest
class ThrottleTests {

	private final Throttle.Rule rule = new Throttle.Rule("test-rule", 3, Duration.ofMinutes(10), Duration.ofMinutes(5),
			Duration.ofMinutes(20));

	@Autowired
	private Throttle throttle;

	@Autowired
	private MutableClock clock;

	private String key;

	@BeforeEach
	void aFreshKey() {
		this.clock.set(MutableClockConfiguration.START);
		this.key = "key-" + UUID.randomUUID();
	}

	@Test
	void pausesAKeyAtTheLimitAndNotBefore() {
		assertThat(this.throttle.recordFailure(this.rule, this.key)).isFalse();
		assertThat(this.throttle.recordFailure(this.rule, this.key)).isFalse();
		assertThat(this.throttle.isPaused(this.rule, this.key)).isFalse();

		assertThat(this.throttle.recordFailure(this.rule, this.key)).isTrue();

		assertThat(this.throttle.isPaused(this.rule, this.key)).isTrue();
		assertThat(this.throttle.pauseLeft(this.rule, this.key)).contains(Duration.ofMinutes(5));
		assertThat(this.throttle.isPaused(this.rule, "another key")).isFalse();
	}

	@Test
	void thePauseEndsOnTime() {
		failTimes(3);
		this.clock.advance(Duration.ofMinutes(5).minusSeconds(1));
		assertThat(this.throttle.isPaused(this.rule, this.key)).isTrue();
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.throttle.isPaused(this.rule, this.key)).isFalse();
	}

	@Test
	void aPauseSoonAfterTheLastLastsLonger() {
		failTimes(3);
		this.clock.advance(Duration.ofMinutes(5));
		failTimes(3);
		assertThat(this.throttle.pauseLeft(this.rule, this.key)).contains(Duration.ofMinutes(10));
		this.clock.advance(Duration.ofMinutes(10));
		failTimes(3);
		assertThat(this.throttle.pauseLeft(this.rule, this.key)).contains(Duration.ofMinutes(20));
		this.clock.advance(Duration.ofMinutes(20));
		failTimes(3);
		assertThat(this.throttle.pauseLeft(this.rule, this.key)).as("never past the longest").contains(Duration.ofMinutes(20));
	}

	@Test
	void aPauseLongAfterTheLastIsShortAgain() {
		failTimes(3);
		this.clock.advance(Duration.ofMinutes(5).plus(Duration.ofMinutes(20)).plusSeconds(1));
		failTimes(3);
		assertThat(this.throttle.pauseLeft(this.rule, this.key)).contains(Duration.ofMinutes(5));
	}

	@Test
	void failuresOutsideTheWindowDoNotCount() {
		failTimes(2);
		this.clock.advance(Duration.ofMinutes(10));
		assertThat(this.throttle.recordFailure(this.rule, this.key)).isFalse();
	}

	@Test
	void clearingForgetsTheFailures() {
		failTimes(2);
		this.throttle.clear(this.rule, this.key);
		failTimes(2);
		assertThat(this.throttle.isPaused(this.rule, this.key)).isFalse();
	}

	private void failTimes(int times) {
		for (int i = 0; i < times; i++) {
			this.throttle.recordFailure(this.rule, this.key);
		}
	}

}
