package app.rekindle.account;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import app.rekindle.testsupport.PostgresTest;
import app.rekindle.testsupport.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@PostgresTest
class AccountRepositoryPostgresTests {

	@Autowired
	private AccountRepository accounts;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void runsOnPostgresqlInThisRunsOwnSchema() {
		assertThat(this.jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
		assertThat(this.jdbc.queryForObject("select current_schema()", String.class))
			.isEqualTo(app.rekindle.testsupport.PostgresTestDatabase.SCHEMA);
	}

	@Test
	void savesAndFindsAnAccountByItsNormalisedEmail() {
		String email = TestAccounts.uniqueEmail();
		Instant created = Instant.parse("2026-11-22T21:45:10.123456Z");
		Account saved = this.accounts.saveAndFlush(
				Account.create(EmailAddress.of(email.toUpperCase()), "{noop}x", ZoneId.of("America/Sao_Paulo"), created));

		Account found = this.accounts.findByEmail(email).orElseThrow();

		assertThat(found.getId()).isEqualTo(saved.getId());
		assertThat(found.getTimeZone()).isEqualTo(ZoneId.of("America/Sao_Paulo"));
		assertThat(found.getCreatedAt()).isEqualTo(created);
		assertThat(this.accounts.existsByEmail(email)).isTrue();
		assertThat(this.accounts.existsByEmail(email.toUpperCase())).as("lookups use the normalised form").isFalse();
	}

	@Test
	void theDatabaseRefusesASecondAccountWithTheSameEmail() {
		String email = TestAccounts.uniqueEmail();
		this.accounts.saveAndFlush(Account.create(EmailAddress.of(email), "{noop}x", ZoneId.of("UTC"), Instant.EPOCH));

		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.accounts
			.saveAndFlush(Account.create(EmailAddress.of(email), "{noop}y", ZoneId.of("UTC"), Instant.EPOCH)));
	}

}
