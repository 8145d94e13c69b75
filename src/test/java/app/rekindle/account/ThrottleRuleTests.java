package app.rekindle.account;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ThrottleRuleTests {

	private final Throttle.Rule rule = new Throttle.Rule("test", 5, Duration.ofMinutes(15), Duration.ofMinutes(15),
			Duration.ofHours(2));

	@Test
	void eachPauseSoonAfterTheLastLastsTwiceAsLongUpToTheLongest() {
		assertThat(Throttle.pauseLength(this.rule, 1)).isEqualTo(Duration.ofMinutes(15));
		assertThat(Throttle.pauseLength(this.rule, 2)).isEqualTo(Duration.ofMinutes(30));
		assertThat(Throttle.pauseLength(this.rule, 3)).isEqualTo(Duration.ofHours(1));
		assertThat(Throttle.pauseLength(this.rule, 4)).isEqualTo(Duration.ofHours(2));
		assertThat(Throttle.pauseLength(this.rule, 50)).isEqualTo(Duration.ofHours(2));
	}

	@Test
	void aLongestPauseShorterThanTheFirstIsTheFirst() {
		Throttle.Rule odd = new Throttle.Rule("test", 5, Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofMinutes(1));
		assertThat(Throttle.pauseLength(odd, 3)).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void minutesForAPersonAreRoundedUp() {
		assertThat(Throttle.minutes(Duration.ofSeconds(1))).isEqualTo(1);
		assertThat(Throttle.minutes(Duration.ofMinutes(14).plusSeconds(1))).isEqualTo(15);
		assertThat(Throttle.minutes(Duration.ofMinutes(15))).isEqualTo(15);
	}

}
