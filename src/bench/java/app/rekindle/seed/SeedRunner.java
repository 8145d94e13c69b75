package app.rekindle.seed;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import app.rekindle.privacy.EncryptedTextConverter;

/** The {@code seed} profile: writes the synthetic accounts once the schema is migrated, then the process ends. */
@Component
@Profile("seed")
@EnableConfigurationProperties(SeedProperties.class)
class SeedRunner implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(SeedRunner.class);

	private final DatabaseSeeder seeder;

	private final SeedProperties properties;

	private final ConfigurableApplicationContext context;

	SeedRunner(ConfigurableApplicationContext context, JdbcTemplate jdbc, EncryptedTextConverter text, PasswordEncoder passwords, Clock clock,
			SeedProperties properties) {
		this.seeder = new DatabaseSeeder(jdbc, text, passwords, clock);
		this.properties = properties;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		logger.info("Seeding {} accounts with {} days each (seed {})", this.properties.accounts(),
				this.properties.days(), this.properties.number());
		DatabaseSeeder.Result result = this.seeder.seed(this.properties);
		logger.info("Seeded {} accounts and {} rows in {} ms ({} rows/s)", this.properties.accounts(), result.rows(),
				result.millis(), (result.millis() > 0) ? result.rows() * 1000 / result.millis() : result.rows());
		// Seeding is the whole job of this process: close the application (and its web server) and end.
		System.exit(SpringApplication.exit(this.context));
	}

}
