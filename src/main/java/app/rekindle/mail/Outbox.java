package app.rekindle.mail;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import app.rekindle.system.WhenMailIsOn;

/**
 * Queues an e-mail in the transaction of the change that causes it: if that change is rolled back, so is
 * the message. Once the transaction commits, the relay is asked to send at once; should that fail, its
 * next round picks the message up. Nothing here waits for a mail server.
 */
@Component
@WhenMailIsOn
class Outbox {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final OutboxRelay relay;

	Outbox(JdbcClient jdbc, Clock clock, OutboxRelay relay) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.relay = relay;
	}

	/**
	 * @param linkPath the path (with its token) this message links to, or {@code null}
	 * @throws IllegalStateException outside a transaction: a message must go with the change that causes it
	 */
	void add(long accountId, MailKind kind, String recipient, String linkPath) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("An e-mail is queued inside the transaction of the change that causes it");
		}
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				insert into mail_outbox (account_id, kind, recipient, link_path, created_at, next_attempt_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(accountId, kind.name(), recipient, linkPath, now.atOffset(ZoneOffset.UTC), now.atOffset(ZoneOffset.UTC))
			.update();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				Outbox.this.relay.sendSoon();
			}
		});
	}

}
