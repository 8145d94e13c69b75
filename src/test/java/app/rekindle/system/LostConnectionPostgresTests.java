package app.rekindle.system;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.web.util.HtmlUtils;

import app.rekindle.RekindleApplication;
import app.rekindle.account.AccountClock;
import app.rekindle.account.AccountUser;
import app.rekindle.checkin.CheckInService;
import app.rekindle.reflection.EntryKind;
import app.rekindle.reflection.ReflectionEntry;
import app.rekindle.reflection.ReflectionService;
import app.rekindle.testsupport.HttpVisitor;
import app.rekindle.testsupport.PostgresTestDatabase;
import app.rekindle.testsupport.TestAccounts;
import app.rekindle.testsupport.TestJourneys;

import static app.rekindle.testsupport.HttpVisitor.csrf;
import static app.rekindle.testsupport.HttpVisitor.location;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lost database connection is not the person's problem. Four people write check-ins and journal
 * entries while PostgreSQL ends the application's connections again and again, as a restart or a
 * failover would: every write is either saved and acknowledged, or its form comes back (503) with
 * what was typed in it; never a 500, and nothing acknowledged is missing afterwards.
 * <p>
 * The application runs on a server of its own (as in {@link TwoInstancesPostgresTests}), with its
 * pool's connections named for this run only ({@code ApplicationName}), so only they are ended:
 * other tests use the same server.
 */
@Tag("postgres")
@ExtendWith(PostgresTestDatabase.Availability.class)
class LostConnectionPostgresTests {

	private static final String APPLICATION_NAME = "rekindle-lost-" + UUID.randomUUID().toString().substring(0, 8);

	private static final int WRITERS = 4;

	private static final Duration WRITING = Duration.ofSeconds(12);

	private static final Duration BETWEEN_ENDINGS = Duration.ofMillis(250);

	private static ConfigurableApplicationContext app;

	@BeforeAll
	static void start() {
		app = new SpringApplicationBuilder(RekindleApplication.class).profiles("postgres")
			.initializers(new PostgresTestDatabase.Initializer())
			.run("--server.port=0", "--management.server.port=0", "--spring.main.banner-mode=off",
					"--spring.datasource.hikari.data-source-properties.ApplicationName=" + APPLICATION_NAME);
	}

	@AfterAll
	static void stop() {
		if (app != null) {
			app.close();
		}
	}

	@Test
	void everyWriteLandsOrComesBackWithWhatWasTypedWhileTheServerEndsTheConnections() throws Exception {
		List<Writer> writers = new ArrayList<>();
		for (int i = 0; i < WRITERS; i++) {
			writers.add(new Writer(i));
		}
		ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
		Instant until = Instant.now().plus(WRITING);
		List<Future<?>> running = new ArrayList<>();
		writers.forEach((writer) -> running.add(pool.submit(() -> {
			writer.writeUntil(until);
			return null;
		})));
		int ended = 0;
		int rounds = 0;
		try (Connection admin = adminConnection()) {
			while (Instant.now().isBefore(until)) {
				Thread.sleep(BETWEEN_ENDINGS.toMillis());
				ended += endTheApplicationsConnections(admin);
				rounds++;
			}
		}
		for (Future<?> writing : running) {
			writing.get();
		}
		pool.shutdown();

		List<String> problems = new ArrayList<>();
		Map<String, Integer> outcomes = new ConcurrentHashMap<>();
		for (Writer writer : writers) {
			problems.addAll(writer.problems);
			writer.outcomes.forEach((outcome, count) -> outcomes.merge(outcome, count, Integer::sum));
			problems.addAll(writer.missingAfterwards());
		}
		System.out.println("Lost connections: " + ended + " connections ended in " + rounds + " rounds; outcomes " + outcomes);
		assertThat(problems).isEmpty();
		assertThat(ended).as("connections the server ended while the writers wrote").isPositive();
		assertThat(outcomes.getOrDefault("saved", 0)).as("writes that were saved").isPositive();
	}

	private static Connection adminConnection() throws Exception {
		Environment environment = app.getEnvironment();
		Connection admin = DriverManager.getConnection(environment.getRequiredProperty("spring.datasource.url"),
				environment.getRequiredProperty("spring.datasource.username"),
				environment.getProperty("spring.datasource.password", ""));
		admin.setAutoCommit(true);
		return admin;
	}

	/** Ends every connection of this run's pool, from the server's side. */
	private static int endTheApplicationsConnections(Connection admin) throws Exception {
		try (PreparedStatement end = admin.prepareStatement("select count(pg_terminate_backend(pid)) from pg_stat_activity "
				+ "where datname = current_database() and pid <> pg_backend_pid() and application_name = ?")) {
			end.setString(1, APPLICATION_NAME);
			try (ResultSet result = end.executeQuery()) {
				result.next();
				return result.getInt(1);
			}
		}
	}

	private static String server() {
		return "http://localhost:" + app.getEnvironment().getRequiredProperty("local.server.port");
	}

	/** One person, signed in, writing a check-in and a journal entry, again and again. */
	static final class Writer {

		private final int number;

		private final AccountUser user;

		private final long journeyId;

		private final HttpVisitor browser = new HttpVisitor();

		private final List<String> problems = Collections.synchronizedList(new ArrayList<>());

		private final Map<String, Integer> outcomes = new ConcurrentHashMap<>();

		private final List<String> acknowledgedEntries = new ArrayList<>();

		private final List<String> sentNotes = new ArrayList<>();

		private int lastAcknowledgedNote = -1;

		private final AtomicInteger sequence = new AtomicInteger();

		private String token;

		Writer(int number) throws Exception {
			this.number = number;
			this.user = app.getBean(TestAccounts.class).create(TestAccounts.uniqueEmail(), ZoneId.of("UTC"));
			this.journeyId = app.getBean(TestJourneys.class).start(this.user).getId();
			HttpResponse<String> login = this.browser.get(server(), "/login");
			HttpResponse<String> signedIn = this.browser.post(server(), "/login", "email", this.user.getUsername(),
					"password", TestAccounts.PASSWORD, "_csrf", csrf(login));
			assertThat(location(signedIn)).isEqualTo("/dashboard");
			this.token = csrf(this.browser.get(server(), "/journeys/" + this.journeyId + "/reflection/causes"));
		}

		void writeUntil(Instant until) throws Exception {
			LocalDate today = app.getBean(AccountClock.class).today(this.user.accountId());
			while (Instant.now().isBefore(until)) {
				int n = this.sequence.incrementAndGet();
				String note = "Writer " + this.number + " check-in " + n + ": slept badly, walked it off";
				this.sentNotes.add(note);
				if (send("/checkin/" + today, note, "mood", "3", "urge", "4", "contact", "NONE", "note", note)) {
					this.lastAcknowledgedNote = this.sentNotes.size() - 1;
				}
				String entry = "Writer " + this.number + " entry " + n + ": we stopped talking about small things";
				if (send("/journeys/" + this.journeyId + "/reflection/causes", entry, "category", "COMMUNICATION", "body",
						entry)) {
					this.acknowledgedEntries.add(entry);
				}
			}
		}

		/** Sends a form; true when it was saved (a redirect), false when it came back with the text. */
		private boolean send(String path, String typed, String... fields) throws Exception {
			String[] withToken = new String[fields.length + 2];
			System.arraycopy(fields, 0, withToken, 0, fields.length);
			withToken[fields.length] = "_csrf";
			withToken[fields.length + 1] = this.token;
			HttpResponse<String> answer = this.browser.post(server(), path, withToken);
			int status = answer.statusCode();
			if (status == 302 || status == 303) {
				this.outcomes.merge("saved", 1, Integer::sum);
				return true;
			}
			if (status == 503 && answer.body().contains(HtmlUtils.htmlEscape(typed))) {
				this.outcomes.merge("came back", 1, Integer::sum);
				this.token = csrf(answer);
				return false;
			}
			if (status == 503 && answer.body().contains("It was saved")) {
				this.outcomes.merge("saved, said so", 1, Integer::sum);
				return true;
			}
			String body = answer.body();
			int main = Math.max(0, body.indexOf("<main"));
			this.problems.add("POST " + path + " answered " + status + ": " + body.substring(main, Math.min(main + 1500, body.length())));
			return false;
		}

		/** Acknowledged entries missing from the journal, and a check-in note that is not the last one saved. */
		List<String> missingAfterwards() {
			List<String> missing = new ArrayList<>();
			List<String> stored = app.getBean(ReflectionService.class)
				.entries(this.user.accountId(), this.journeyId, EntryKind.CAUSE)
				.stream()
				.map(ReflectionEntry::getBody)
				.toList();
			this.acknowledgedEntries.stream()
				.filter((entry) -> !stored.contains(entry))
				.forEach((entry) -> missing.add("acknowledged but missing: " + entry));
			if (this.lastAcknowledgedNote >= 0) {
				LocalDate today = app.getBean(AccountClock.class).today(this.user.accountId());
				String note = app.getBean(CheckInService.class).on(this.user.accountId(), today).orElseThrow().getNote();
				// The last one acknowledged, or one sent after it whose answer was lost with the connection.
				if (!this.sentNotes.subList(this.lastAcknowledgedNote, this.sentNotes.size()).contains(note)) {
					missing.add("writer " + this.number + "'s check-in note is " + note + ", not the last one saved");
				}
			}
			return missing;
		}

	}

}
