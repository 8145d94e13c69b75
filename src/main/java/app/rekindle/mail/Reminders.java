package app.rekindle.mail;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.rekindle.account.Account;
import app.rekindle.account.AccountService;
import app.rekindle.system.WhenMailIsOn;

/**
 * Daily reminders by e-mail, which a person turns on (at a time of their own day) and off on the account
 * page, or off with the link in every reminder.
 */
@Service
@WhenMailIsOn
public class Reminders {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final AccountService accounts;

	private final Clock clock;

	Reminders(JdbcClient jdbc, AccountService accounts, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<ReminderSettings> settings(long accountId) {
		return this.jdbc.sql("select remind_at, next_due_at, unsubscribe_token from mail_reminder where account_id = ?")
			.param(accountId)
			.query((rs, row) -> new ReminderSettings(rs.getObject("remind_at", LocalTime.class),
					rs.getObject("next_due_at", OffsetDateTime.class).toInstant(), rs.getString("unsubscribe_token")))
			.optional();
	}

	/** Turns reminders on, or moves them to another time; the first is the next time that comes. */
	@Transactional
	public void remindAt(long accountId, LocalTime time) {
		Account account = this.accounts.get(accountId);
		Instant now = this.clock.instant();
		OffsetDateTime next = at(ReminderTimes.next(now, time, account.getTimeZone()));
		int updated = this.jdbc.sql("update mail_reminder set remind_at = ?, next_due_at = ? where account_id = ?")
			.params(time, next, accountId)
			.update();
		if (updated == 0) {
			this.jdbc.sql("""
					insert into mail_reminder (account_id, remind_at, next_due_at, unsubscribe_token, created_at)
					values (?, ?, ?, ?, ?)""")
				.params(accountId, time, next, newToken(), at(now))
				.update();
		}
	}

	@Transactional
	public void turnOff(long accountId) {
		this.jdbc.sql("delete from mail_reminder where account_id = ?").param(accountId).update();
	}

	@Transactional(readOnly = true)
	public boolean unsubscribeLinkWorks(String token) {
		return token != null && this.jdbc.sql("select count(*) from mail_reminder where unsubscribe_token = ?")
			.param(token)
			.query(Long.class)
			.single() > 0;
	}

	/** Turns off the reminders this link was sent with; nothing when they are off already. */
	@Transactional
	public void unsubscribe(String token) {
		this.jdbc.sql("delete from mail_reminder where unsubscribe_token = ?").param(token).update();
	}

	static String unsubscribePath(String token) {
		return "/unsubscribe/" + token;
	}

	private static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
