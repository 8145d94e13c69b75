package app.rekindle.testsupport;

import java.time.Instant;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Import into a test to replace the application's clock with a {@link MutableClock}. */
@TestConfiguration(proxyBeanMethods = false)
public class MutableClockConfiguration {

	/** Midday UTC on 1 October 2026. */
	public static final Instant START = Instant.parse("2026-10-01T12:00:00Z");

	@Bean
	@Primary
	MutableClock mutableClock() {
		return new MutableClock(START);
	}

}
