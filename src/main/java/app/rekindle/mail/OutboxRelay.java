package app.rekindle.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;

import app.rekindle.system.WhenMailIsOn;

/**
 * Sends what the outbox holds, after the transactions that queued it have committed. Several relays (on
 * several instances, or a scheduled round and a nudge on one) may run at once: each first claims rows with
 * one update that only takes rows nobody holds, and sends only the rows it claimed, so a message goes out
 * once. A failed send is tried again later, waiting longer each time; a claim left by a relay that died is
 * free again after {@link #CLAIM_FOR}. No request ever waits for this.
 */
@Component
@WhenMailIsOn
class OutboxRelay implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	static final Duration CLAIM_FOR = Duration.ofMinutes(5);

	private static final int BATCH = 20;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final MailMessages messages;

	private final MailProperties properties;

	private final ExecutorService nudges = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "mail-outbox-nudge");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicBoolean nudgePending = new AtomicBoolean();

	OutboxRelay(JdbcClient jdbc, Clock clock, MailMessages messages, MailProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.messages = messages;
		this.properties = properties;
	}

	/** Sends on another thread, soon; several calls while one is waiting make one round. */
	void sendSoon() {
		if (this.nudgePending.compareAndSet(false, true)) {
			this.nudges.execute(() -> {
				this.nudgePending.set(false);
				try {
					sendDue();
				}
				catch (RuntimeException ex) {
					log.warn("The outbox could not be sent now; the next round tries again", ex);
				}
			});
		}
	}

	/** One round: claims due messages, sends each, records the outcome; returns how many went out. */
	int sendDue() {
		int sent = 0;
		List<OutboxMessage> claimed;
		do {
			claimed = claim();
			for (OutboxMessage message : claimed) {
				if (send(message)) {
					sent++;
				}
			}
		}
		while (claimed.size() == BATCH);
		sweep();
		return sent;
	}

	private List<OutboxMessage> claim() {
		String claim = UUID.randomUUID().toString();
		OffsetDateTime now = at(this.clock.instant());
		this.jdbc.sql("""
				update mail_outbox set claim = :claim, claimed_until = :until
				where sent_at is null and attempts < :max and next_attempt_at <= :now
				  and (claimed_until is null or claimed_until < :now)
				  and id in (select id from mail_outbox
				             where sent_at is null and attempts < :max and next_attempt_at <= :now
				               and (claimed_until is null or claimed_until < :now)
				             order by id limit :batch)""")
			.param("claim", claim)
			.param("until", at(this.clock.instant().plus(CLAIM_FOR)))
			.param("max", this.properties.maxAttempts())
			.param("now", now)
			.param("batch", BATCH)
			.update();
		return this.jdbc.sql("select id, account_id, kind, recipient, link_path, attempts, claim from mail_outbox where claim = ? order by id")
			.param(claim)
			.query((rs, row) -> new OutboxMessage(rs.getLong("id"), rs.getLong("account_id"),
					MailKind.valueOf(rs.getString("kind")), rs.getString("recipient"), rs.getString("link_path"),
					rs.getInt("attempts"), rs.getString("claim")))
			.list();
	}

	private boolean send(OutboxMessage message) {
		try {
			this.messages.send(message);
		}
		catch (MailException | IllegalStateException ex) {
			int attempts = message.attempts() + 1;
			log.warn("E-mail {} ({}) not sent, attempt {} of {}: {}", message.id(), message.kind(), attempts,
					this.properties.maxAttempts(), ex.getMessage());
			this.jdbc.sql("""
					update mail_outbox set attempts = ?, next_attempt_at = ?, claim = null, claimed_until = null
					where id = ? and claim = ?""")
				.params(attempts, at(this.clock.instant().plus(backoff(attempts))), message.id(), message.claim())
				.update();
			return false;
		}
		this.jdbc.sql("""
				update mail_outbox set sent_at = ?, link_path = null, claim = null, claimed_until = null
				where id = ? and claim = ?""")
			.params(at(this.clock.instant()), message.id(), message.claim())
			.update();
		return true;
	}

	/** Sent rows, and rows given up on, go once they are older than {@code keep-sent-for}. */
	private void sweep() {
		OffsetDateTime before = at(this.clock.instant().minus(this.properties.keepSentFor()));
		this.jdbc.sql("delete from mail_outbox where sent_at < :before or (attempts >= :max and created_at < :before)")
			.param("before", before)
			.param("max", this.properties.maxAttempts())
			.update();
	}

	/** One minute after the first failure, doubling each time, at most an hour. */
	static Duration backoff(int attempts) {
		long minutes = 1L << Math.min(attempts - 1, 6);
		return Duration.ofMinutes(Math.min(minutes, 60));
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	@Override
	public void destroy() {
		this.nudges.shutdownNow();
	}

}
