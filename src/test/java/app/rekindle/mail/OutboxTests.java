package app.rekindle.mail;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import app.rekindle.testsupport.MailServer;
import app.rekindle.testsupport.MailTest;
import app.rekindle.testsupport.MutableClock;
import app.rekindle.testsupport.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

@MailTest
class OutboxTests {

	@Autowired
	private Outbox outbox;

	@Autowired
	private OutboxRelay relay;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private MutableClock clock;

	@Test
	void aMessageIsSentOnceAfterItsTransactionCommitsFromYourJournalInTextAndHtml() throws Exception {
		String email = TestAccounts.uniqueEmail();
		long accountId = this.accounts.create(email, ZoneOffset.UTC).accountId();

		this.transactions.executeWithoutResult(
				(status) -> this.outbox.add(accountId, MailKind.RESET_PASSWORD, email, "/password/reset/the-token"));

		MimeMessage message = MailServer.one(email);
		InternetAddress from = (InternetAddress) message.getFrom()[0];
		assertThat(from.getPersonal()).isEqualTo("Your journal");
		assertThat(from.getAddress()).isEqualTo("journal@example.org");
		assertThat(message.getSubject()).isEqualTo("Your link to choose a new password");
		assertThat(message.getContentType()).startsWith("multipart/alternative");
		assertThat(MailServer.text(message)).contains("https://journal.example.org/password/reset/the-token");
		assertThat(MailServer.html(message)).contains("href=\"https://journal.example.org/password/reset/the-token\"");
		Map<String, Object> row = this.jdbc.sql("select sent_at, link_path from mail_outbox where account_id = ?")
			.param(accountId)
			.query()
			.singleRow();
		assertThat(row.get("sent_at")).as("sent").isNotNull();
		assertThat(row.get("link_path")).as("the link, gone once sent").isNull();
	}

	@Test
	void aMessageQueuedInATransactionThatIsRolledBackIsNeverSent() {
		String email = TestAccounts.uniqueEmail();
		long accountId = this.accounts.create(email, ZoneOffset.UTC).accountId();

		this.transactions.executeWithoutResult((status) -> {
			this.outbox.add(accountId, MailKind.CONFIRM_ADDRESS, email, "/confirm-email/rolled-back");
			status.setRollbackOnly();
		});
		this.relay.sendDue();

		MailServer.sleep(300);
		assertThat(MailServer.to(email)).isEmpty();
		assertThat(rows(accountId)).isZero();
	}

	@Test
	void aMessageCannotBeQueuedOutsideATransaction() {
		long accountId = this.accounts.create().accountId();

		assertThatIllegalStateException()
			.isThrownBy(() -> this.outbox.add(accountId, MailKind.CONFIRM_ADDRESS, "someone@example.org", "/x"));
	}

	@Test
	void aMessageAnotherRelayHoldsIsLeftToItUntilItsClaimRunsOut() {
		String email = TestAccounts.uniqueEmail();
		long accountId = this.accounts.create(email, ZoneOffset.UTC).accountId();
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				insert into mail_outbox (account_id, kind, recipient, link_path, created_at, next_attempt_at, claim, claimed_until)
				values (?, 'RESET_PASSWORD', ?, '/password/reset/held', ?, ?, 'another-relay', ?)""")
			.params(accountId, email, at(now), at(now), at(now.plus(OutboxRelay.CLAIM_FOR)))
			.update();

		this.relay.sendDue();
		MailServer.sleep(300);
		assertThat(MailServer.to(email)).as("while another relay holds it").isEmpty();

		this.clock.advance(OutboxRelay.CLAIM_FOR.plusSeconds(1));
		this.relay.sendDue();
		assertThat(MailServer.one(email)).isNotNull();
	}

	@Test
	void aMessageThatCannotBeSentIsTriedAgainLaterAndNotBefore() {
		long accountId = this.accounts.create().accountId();
		Instant queuedAt = this.clock.instant();
		this.transactions.executeWithoutResult(
				(status) -> this.outbox.add(accountId, MailKind.RESET_PASSWORD, "not an address", "/password/reset/x"));
		awaitAttempts(accountId, 1);
		assertThat(nextAttempt(accountId)).isEqualTo(queuedAt.plus(OutboxRelay.backoff(1)));

		this.relay.sendDue();
		assertThat(attempts(accountId)).as("not tried again before its time").isEqualTo(1);

		this.clock.advance(OutboxRelay.backoff(1));
		this.relay.sendDue();
		assertThat(attempts(accountId)).isEqualTo(2);
		assertThat(nextAttempt(accountId)).isEqualTo(queuedAt.plus(OutboxRelay.backoff(1)).plus(OutboxRelay.backoff(2)));
		assertThat(OutboxRelay.backoff(2)).isEqualTo(Duration.ofMinutes(2));
		assertThat(OutboxRelay.backoff(20)).isEqualTo(Duration.ofHours(1));
	}

	private void awaitAttempts(long accountId, int attempts) {
		long deadline = System.nanoTime() + 10_000_000_000L;
		while (attempts(accountId) < attempts && System.nanoTime() < deadline) {
			MailServer.sleep(50);
		}
		assertThat(attempts(accountId)).isEqualTo(attempts);
	}

	private int attempts(long accountId) {
		return this.jdbc.sql("select attempts from mail_outbox where account_id = ?").param(accountId).query(Integer.class).single();
	}

	private Instant nextAttempt(long accountId) {
		return this.jdbc.sql("select next_attempt_at from mail_outbox where account_id = ?")
			.param(accountId)
			.query(OffsetDateTime.class)
			.single()
			.toInstant();
	}

	private long rows(long accountId) {
		return this.jdbc.sql("select count(*) from mail_outbox where account_id = ?").param(accountId).query(Long.class).single();
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
