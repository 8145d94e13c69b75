package app.rekindle.seed;

import java.time.Clock;
import java.util.SplittableRandom;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import app.rekindle.privacy.EncryptedTextConverter;

/**
 * Fills a migrated database with synthetic accounts (see {@link SeedProperties}), writing exactly
 * the rows the application would: journal text through the production {@link EncryptedTextConverter},
 * the password hashed once by the production encoder and shared by every account.
 * Account {@code n} draws from its own random sequence, so the same seed number gives the same people
 * whatever the batch size (only the ciphertexts differ: every encryption takes a fresh nonce).
 */
public final class DatabaseSeeder {

	/** What was written. */
	public record Result(long rows, long millis) {
	}

	private final JdbcTemplate jdbc;

	private final EncryptedTextConverter text;

	private final PasswordEncoder passwords;

	private final Clock clock;

	public DatabaseSeeder(JdbcTemplate jdbc, EncryptedTextConverter text, PasswordEncoder passwords, Clock clock) {
		this.jdbc = jdbc;
		this.text = text;
		this.passwords = passwords;
		this.clock = clock;
	}

	public Result seed(SeedProperties properties) {
		long started = System.nanoTime();
		Integer already = this.jdbc.queryForObject("select count(*) from account where email = ?", Integer.class,
				SeedProperties.email(1));
		if (already != null && already > 0) {
			throw new IllegalStateException("This database already holds seeded accounts (" + SeedProperties.email(1)
					+ "); seed an empty database");
		}
		String hash = this.passwords.encode(properties.password());
		BatchWriter out = new BatchWriter(this.jdbc, properties.batchSize());
		AccountSeeder accounts = new AccountSeeder(new Tables(out), this.text::convertToDatabaseColumn, hash,
				this.clock.instant(), properties.days());
		for (int n = 1; n <= properties.accounts(); n++) {
			accounts.write(n, new SplittableRandom(properties.number() * 1_000_003L + n));
			out.flushIfFull();
		}
		out.flush();
		out.restartIdentities();
		return new Result(out.written(), (System.nanoTime() - started) / 1_000_000);
	}

}
