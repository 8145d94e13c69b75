package app.rekindle.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one mechanism behind every limit on guessing a secret: failures are counted per rule and key,
 * and a key with too many in a window is paused. A key paused again soon after its last pause is
 * paused for twice as long, up to the rule's longest pause. State lives in the database
 * ({@code throttle_failure}, {@code throttle_pause}), so every instance refuses alike; only a SHA-256
 * of the key is stored. Plain SQL rather than entities: these rows are no one's journal.
 */
@Component
class Throttle {

	/**
	 * @param scope the rule's name in the tables
	 * @param maxFailures failures within {@code window} that start a pause
	 * @param pause how long the first pause lasts
	 * @param longestPause the most a pause grows to when pauses follow each other; also how long an
	 * ended pause is remembered
	 */
	record Rule(String scope, int maxFailures, Duration window, Duration pause, Duration longestPause) {

		Rule {
			if (longestPause.compareTo(pause) < 0) {
				longestPause = pause;
			}
		}

	}

	private final JdbcClient jdbc;

	private final Clock clock;

	Throttle(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	boolean isPaused(Rule rule, String key) {
		return pauseLeft(rule, key).isPresent();
	}

	/** How much longer the key is paused, if it is. */
	@Transactional(readOnly = true)
	Optional<Duration> pauseLeft(Rule rule, String key) {
		Instant now = this.clock.instant();
		return this.jdbc.sql("select paused_until from throttle_pause where scope = ? and key_hash = ? and paused_until > ?")
			.params(rule.scope(), hash(key), at(now))
			.query(OffsetDateTime.class)
			.optional()
			.map((until) -> Duration.between(now, until.toInstant()));
	}

	/**
	 * Counts a failure; the one that reaches the limit starts a pause and clears the count. In a
	 * transaction of its own, so the count stays when the caller's transaction rolls back for the very
	 * failure it counts (a wrong current password ends in an exception).
	 * @return whether the key is paused now
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	boolean recordFailure(Rule rule, String key) {
		String hash = hash(key);
		Instant now = this.clock.instant();
		Instant windowStart = now.minus(rule.window());
		// Sweep this rule's old rows here, so the tables stay as small as the windows.
		this.jdbc.sql("delete from throttle_failure where scope = ? and failed_at <= ?")
			.params(rule.scope(), at(windowStart))
			.update();
		this.jdbc.sql("delete from throttle_pause where scope = ? and paused_until <= ?")
			.params(rule.scope(), at(now.minus(rule.longestPause())))
			.update();
		this.jdbc.sql("insert into throttle_failure (scope, key_hash, failed_at) values (?, ?, ?)")
			.params(rule.scope(), hash, at(now))
			.update();
		long failures = this.jdbc.sql("select count(*) from throttle_failure where scope = ? and key_hash = ? and failed_at > ?")
			.params(rule.scope(), hash, at(windowStart))
			.query(Long.class)
			.single();
		if (failures < rule.maxFailures()) {
			return false;
		}
		pause(rule, hash, now);
		return true;
	}

	/** Forgets the key's failures (not its pauses): the person got it right. */
	@Transactional
	void clear(Rule rule, String key) {
		this.jdbc.sql("delete from throttle_failure where scope = ? and key_hash = ?").params(rule.scope(), hash(key)).update();
	}

	private void pause(Rule rule, String hash, Instant now) {
		Integer earlier = this.jdbc.sql("select pauses from throttle_pause where scope = ? and key_hash = ?")
			.params(rule.scope(), hash)
			.query(Integer.class)
			.optional()
			.orElse(null);
		int pauses = (earlier == null) ? 1 : earlier + 1;
		Duration length = pauseLength(rule, pauses);
		if (earlier == null) {
			try {
				this.jdbc.sql("insert into throttle_pause (scope, key_hash, paused_until, pauses) values (?, ?, ?, ?)")
					.params(rule.scope(), hash, at(now.plus(length)), pauses)
					.update();
			}
			catch (DuplicateKeyException ex) {
				// Another instance paused the same key at the same moment; one pause is enough.
			}
		}
		else {
			this.jdbc.sql("update throttle_pause set paused_until = ?, pauses = ? where scope = ? and key_hash = ?")
				.params(at(now.plus(length)), pauses, rule.scope(), hash)
				.update();
		}
		this.jdbc.sql("delete from throttle_failure where scope = ? and key_hash = ?").params(rule.scope(), hash).update();
	}

	/** The first pause lasts {@code pause}, each one after it twice as long as the last, up to {@code longestPause}. */
	static Duration pauseLength(Rule rule, int pauses) {
		Duration length = rule.pause();
		for (int i = 1; i < pauses && length.compareTo(rule.longestPause()) < 0; i++) {
			length = length.multipliedBy(2);
		}
		return (length.compareTo(rule.longestPause()) > 0) ? rule.longestPause() : length;
	}

	/** Whole minutes, rounded up, for a message that tells a person how long to wait. */
	static long minutes(Duration duration) {
		long seconds = Math.max(1, duration.toSeconds());
		return (seconds + 59) / 60;
	}

	static String hash(String key) {
		return Sha256.hex(key);
	}

	static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
