package app.rekindle.mail;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import app.rekindle.system.WhenMailIsOn;

/**
 * Runs the mail module's rounds with db-scheduler, in its table ({@code scheduled_tasks}): the outbox
 * relay and the reminder sweep are recurring tasks, and db-scheduler runs each on one instance at a time,
 * however many are up. Only with mail on; without it nothing polls the database for mail at all.
 */
@Component
@WhenMailIsOn
class MailScheduler implements SmartLifecycle {

	static final String OUTBOX_TASK = "mail-outbox";

	static final String REMINDER_TASK = "mail-reminders";

	private final DataSource dataSource;

	private final Duration pollingInterval;

	private final List<RecurringTask<Void>> tasks;

	/** A db-scheduler cannot start again once stopped, so each start makes a new one. */
	private volatile Scheduler scheduler;

	MailScheduler(DataSource dataSource, MailProperties properties, OutboxRelay relay, ReminderSweep reminders) {
		this.dataSource = dataSource;
		this.pollingInterval = properties.relayEvery();
		this.tasks = tasks(properties, relay, reminders);
	}

	static List<RecurringTask<Void>> tasks(MailProperties properties, OutboxRelay relay, ReminderSweep reminders) {
		return List.of(
				Tasks.recurring(OUTBOX_TASK, FixedDelay.of(properties.relayEvery()))
					.execute((instance, context) -> relay.sendDue()),
				Tasks.recurring(REMINDER_TASK, FixedDelay.of(properties.remindersEvery()))
					.execute((instance, context) -> reminders.sendDue()));
	}

	/** A scheduler for these tasks on this database; a test makes two to stand for two instances. */
	static Scheduler create(DataSource dataSource, Duration pollingInterval, List<RecurringTask<Void>> tasks) {
		return Scheduler.create(dataSource)
			.startTasks(tasks)
			.pollingInterval(pollingInterval)
			.threads(2)
			.build();
	}

	@Override
	public synchronized void start() {
		if (this.scheduler == null) {
			this.scheduler = create(this.dataSource, this.pollingInterval, this.tasks);
			this.scheduler.start();
		}
	}

	@Override
	public synchronized void stop() {
		if (this.scheduler != null) {
			this.scheduler.stop();
			this.scheduler = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.scheduler != null;
	}

}
