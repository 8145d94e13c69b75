package app.rekindle.mail;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import app.rekindle.testsupport.MailServer;
import app.rekindle.testsupport.MutableClock;
import app.rekindle.testsupport.MutableClockConfiguration;
import app.rekindle.testsupport.MutableClockReset;
import app.rekindle.testsupport.PostgresTestDatabase;
import app.rekindle.testsupport.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On PostgreSQL, with several instances at once, each due reminder is sent exactly once (GreenMail counts).
 * A {@code @PostgresTest} with mail on, so a context of its own: it cannot share the mail-off PostgreSQL one.
 * Besides the context's own scheduler, two more db-scheduler instances run the same tasks on the same tables.
 */
@Tag("postgres")
@ExtendWith(PostgresTestDatabase.Availability.class)
@SpringBootTest(properties = { "rekindle.mail.site-url=https://journal.example.org", "rekindle.mail.relay-every=1s",
		"rekindle.mail.reminders-every=1s" })
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = { PostgresTestDatabase.Initializer.class, MailServer.Initializer.class })
@Import(MutableClockConfiguration.class)
@ExtendWith(MutableClockReset.class)
class ReminderSchedulingPostgresTests {

	private static final int PEOPLE = 6;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private MailProperties properties;

	@Autowired
	private OutboxRelay relay;

	@Autowired
	private ReminderSweep sweep;

	@Autowired
	private Reminders reminders;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private MutableClock clock;

	@Autowired
	private JdbcClient jdbc;

	/** Only this test's reminders: one test's, moved on to the next day, would be due in the other. */
	@BeforeEach
	void noOtherReminders() {
		this.jdbc.sql("delete from mail_reminder").update();
	}

	@Test
	void threeSchedulerInstancesSendEachDueReminderOnce() {
		this.clock.set(Instant.parse("2026-06-01T12:00:00Z"));
		List<String> emails = peopleRemindedAt(LocalTime.of(18, 0));
		List<Scheduler> instances = List.of(instance(), instance());
		instances.forEach(Scheduler::start);
		try {
			this.clock.set(Instant.parse("2026-06-01T18:00:00Z"));
			emails.forEach((email) -> MailServer.await(email, 1));
			MailServer.sleep(3000);
		}
		finally {
			instances.forEach(Scheduler::stop);
		}
		emails.forEach((email) -> assertThat(MailServer.to(email)).as(email).hasSize(1));
	}

	@Test
	void sweepsAtTheSameMomentQueueEachReminderOnce() throws Exception {
		this.clock.set(Instant.parse("2026-06-02T12:00:00Z"));
		List<String> emails = peopleRemindedAt(LocalTime.of(19, 0));
		this.clock.set(Instant.parse("2026-06-02T19:00:00Z"));

		ExecutorService pool = Executors.newFixedThreadPool(4);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> rounds = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			rounds.add(pool.submit(() -> {
				start.await();
				return this.sweep.sendDue();
			}));
		}
		start.countDown();
		int queued = 0;
		for (Future<Integer> round : rounds) {
			queued += round.get();
		}
		pool.shutdown();

		emails.forEach((email) -> MailServer.await(email, 1));
		MailServer.sleep(2000);
		assertThat(queued).as("queued by our four sweeps (the context's own may have taken some)").isLessThanOrEqualTo(PEOPLE);
		emails.forEach((email) -> assertThat(MailServer.to(email)).as(email).hasSize(1));
	}

	private List<String> peopleRemindedAt(LocalTime time) {
		List<String> emails = new ArrayList<>();
		for (int i = 0; i < PEOPLE; i++) {
			String email = TestAccounts.uniqueEmail();
			long accountId = this.accounts.create(email, ZoneOffset.UTC).accountId();
			this.reminders.remindAt(accountId, time);
			emails.add(email);
		}
		return emails;
	}

	private Scheduler instance() {
		return MailScheduler.create(this.dataSource, Duration.ofMillis(100),
				MailScheduler.tasks(this.properties, this.relay, this.sweep));
	}

}
