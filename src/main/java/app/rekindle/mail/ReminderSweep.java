package app.rekindle.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import app.rekindle.account.Account;
import app.rekindle.account.AccountService;
import app.rekindle.checkin.CheckInService;
import app.rekindle.system.WhenMailIsOn;

/**
 * Sends the reminders that are due. Each one is taken by moving its {@code next_due_at} on to the next day's
 * instant with an update that checks it still holds the value read: of several sweeps at once (instances,
 * or a round that overlaps the next), one wins and the others leave it, so it goes out once. The reminder is
 * queued in that same transaction, unless the day's check-in is done already, or the reminder is so late
 * (the application was down) that it would no longer be about that day's evening.
 */
@Component
@WhenMailIsOn
class ReminderSweep {

	private static final Logger log = LoggerFactory.getLogger(ReminderSweep.class);

	/** A reminder not sent within this long of its time is skipped for that day. */
	static final Duration TOO_LATE = Duration.ofHours(3);

	private static final int BATCH = 100;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AccountService accounts;

	private final CheckInService checkIns;

	private final Outbox outbox;

	private final TransactionTemplate transactions;

	ReminderSweep(JdbcClient jdbc, Clock clock, AccountService accounts, CheckInService checkIns, Outbox outbox,
			TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.accounts = accounts;
		this.checkIns = checkIns;
		this.outbox = outbox;
		this.transactions = transactions;
	}

	/** One round; returns how many reminders were queued. */
	int sendDue() {
		int queued = 0;
		List<Due> due;
		int handled;
		do {
			handled = 0;
			due = this.jdbc.sql("""
					select account_id, remind_at, next_due_at, unsubscribe_token from mail_reminder
					where next_due_at <= ? order by next_due_at limit ?""")
				.params(Reminders.at(this.clock.instant()), BATCH)
				.query((rs, row) -> new Due(rs.getLong("account_id"), rs.getObject("remind_at", LocalTime.class),
						rs.getObject("next_due_at", OffsetDateTime.class), rs.getString("unsubscribe_token")))
				.list();
			for (Due reminder : due) {
				try {
					if (Boolean.TRUE.equals(this.transactions.execute((status) -> take(reminder)))) {
						queued++;
					}
					handled++;
				}
				catch (RuntimeException ex) {
					// One account (deleted meanwhile, say) must not hold up everyone else's reminder.
					log.warn("The reminder of account {} was not taken this round", reminder.accountId(), ex);
				}
			}
		}
		while (due.size() == BATCH && handled > 0);
		return queued;
	}

	private boolean take(Due reminder) {
		Account account = this.accounts.get(reminder.accountId());
		Instant now = this.clock.instant();
		Instant due = reminder.nextDueAt().toInstant();
		LocalDate day = due.atZone(account.getTimeZone()).toLocalDate();
		Instant dueInZoneNow = ReminderTimes.on(day, reminder.remindAt(), account.getTimeZone());
		// After a change of time zone the stored instant can be early: wait for the time in the new zone.
		Instant next = dueInZoneNow.isAfter(now) ? dueInZoneNow : ReminderTimes.next(now, reminder.remindAt(), account.getTimeZone());
		int taken = this.jdbc.sql("update mail_reminder set next_due_at = ? where account_id = ? and next_due_at = ?")
			.params(Reminders.at(next), reminder.accountId(), reminder.nextDueAt())
			.update();
		if (taken == 0 || dueInZoneNow.isAfter(now) || now.isAfter(due.plus(TOO_LATE))
				|| this.checkIns.markOn(reminder.accountId(), day).isPresent()) {
			return false;
		}
		this.outbox.add(reminder.accountId(), MailKind.REMINDER, account.getEmail(),
				Reminders.unsubscribePath(reminder.unsubscribeToken()));
		return true;
	}

	private record Due(long accountId, LocalTime remindAt, OffsetDateTime nextDueAt, String unsubscribeToken) {

	}

}
