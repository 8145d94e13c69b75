package app.rekindle.passkey;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

import app.rekindle.account.AccountService;
import app.rekindle.account.AccountUser;
import app.rekindle.testsupport.MutableClock;
import app.rekindle.testsupport.PostgresTest;
import app.rekindle.testsupport.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The passkey tables on PostgreSQL: Spring Security's JDBC stores read back what they wrote (the
 * binary key, the times from the application's clock), a use moves the last-used time only, and
 * deleting the account deletes its passkeys.
 */
@PostgresTest
class PasskeysPostgresTests {

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private AccountService accountService;

	@Autowired
	private StoredPasskeys stored;

	@Autowired
	private Passkeys passkeys;

	@Autowired
	private UserCredentialRepository credentials;

	@Autowired
	private MutableClock clock;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aPasskeyIsStoredAndReadBackWithItsKeyAndItsTimes() {
		AccountUser person = this.accounts.create();
		Instant made = this.clock.instant();
		String id = this.stored.store(person.getUsername(), "My phone");

		CredentialRecord record = this.credentials.findByCredentialId(Bytes.fromBase64(id));
		assertThat(record.getPublicKey().getBytes()).containsExactly(1, 2, 3);
		assertThat(record.getCreated()).isEqualTo(made);
		assertThat(this.passkeys.get(person.getUsername(), id).lastUsed()).as("not used yet").isNull();

		this.clock.advance(Duration.ofHours(3));
		this.credentials.save(ImmutableCredentialRecord.fromCredentialRecord(record).signatureCount(1).build());

		Passkey used = this.passkeys.get(person.getUsername(), id);
		assertThat(used.created()).isEqualTo(made);
		assertThat(used.lastUsed()).isEqualTo(made.plus(Duration.ofHours(3)));
	}

	@Test
	void deletingTheAccountDeletesItsPasskeysAndLeavesOthers() {
		AccountUser leaving = this.accounts.create();
		AccountUser staying = this.accounts.create();
		this.stored.store(leaving.getUsername(), "My phone");
		this.stored.store(leaving.getUsername(), "Laptop");
		String kept = this.stored.store(staying.getUsername(), "Tablet");

		this.accountService.delete(leaving.accountId(), TestAccounts.PASSWORD);

		assertThat(this.jdbc.queryForObject("select count(*) from user_entities where name = ?", Integer.class,
				leaving.getUsername())).isZero();
		assertThat(this.passkeys.of(leaving.getUsername())).isEmpty();
		assertThat(this.passkeys.of(staying.getUsername())).extracting(Passkey::id).containsExactly(kept);
	}

}
