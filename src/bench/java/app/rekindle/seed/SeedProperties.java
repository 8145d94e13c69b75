package app.rekindle.seed;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the {@code seed} profile writes.
 *
 * @param accounts how many accounts, named {@code user1@bench.rekindle.test} onwards
 * @param days how many days of history each account has, ending today
 * @param number the seed: the same number writes the same people, days and words
 * @param password the password of every seeded account (hashed once with the production encoder)
 * @param batchSize rows sent to the database in one batch
 */
@ConfigurationProperties("rekindle.seed")
public record SeedProperties(@DefaultValue("1000") int accounts, @DefaultValue("365") int days,
		@DefaultValue("42") long number, @DefaultValue("rekindle-bench-password") String password,
		@DefaultValue("500") int batchSize) {

	public SeedProperties {
		if (accounts < 1 || days < 1) {
			throw new IllegalArgumentException("rekindle.seed.accounts and rekindle.seed.days must be at least 1");
		}
		if (batchSize < 1) {
			throw new IllegalArgumentException("rekindle.seed.batch-size must be at least 1");
		}
	}

	/** The email of the n-th seeded account, counted from 1. */
	public static String email(int n) {
		return "user" + n + "@bench.rekindle.test";
	}

}
