package app.rekindle.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock a test can move forward, for flows that take days (a no-contact period, a late
 * check-in). Until a test sets it, it reads the system clock. Test-only: production always uses
 * the system clock.
 */
public final class MutableClock extends Clock {

	private volatile Instant fixed;

	public MutableClock(Instant start) {
		this.fixed = start;
	}

	public void set(Instant instant) {
		this.fixed = instant;
	}

	public void advance(Duration duration) {
		this.fixed = instant().plus(duration);
	}

	/** Back to reading the system clock, for a test that never moves time. */
	public void followSystemClock() {
		this.fixed = null;
	}

	@Override
	public Instant instant() {
		Instant fixed = this.fixed;
		return (fixed != null) ? fixed : Instant.now();
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("The application reads instants and applies each person's zone itself");
	}

}
