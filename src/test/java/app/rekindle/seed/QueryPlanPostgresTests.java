package app.rekindle.seed;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import app.rekindle.account.AccountUser;
import app.rekindle.journey.Journey;
import app.rekindle.privacy.EncryptedTextConverter;
import app.rekindle.progression.Stage;
import app.rekindle.testsupport.PostgresTest;
import app.rekindle.testsupport.PostgresTestDatabase;
import app.rekindle.testsupport.TestAccounts;
import app.rekindle.testsupport.TestJourneys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every query the dashboard, history and summary run for one account, as the application really
 * sends it (recorded from the pages, in every stage), is planned by PostgreSQL against a schema seeded
 * with a realistic number of rows; a sequential scan of a large table fails the test, naming the query.
 * The pages run in this run's own schema; the plans are made in a second, seeded schema, so the
 * other PostgreSQL tests never see the synthetic accounts. The same seeded schema shows what the
 * seeder writes at that size.
 */
@PostgresTest
@AutoConfigureMockMvc
@Import(QueryPlanPostgresTests.Recording.class)
class QueryPlanPostgresTests {

	/** 200 accounts with a year each: about 64,000 check-ins, and thousands of rows in most per-journey tables. */
	private static final SeedProperties REALISTIC = new SeedProperties(200, 365, 7, "plan-test-password", 500);

	/** A table this large must be reached through an index; smaller ones may be read whole. */
	private static final double LARGE_TABLE_ROWS = 1000;

	private static final String PLANS_SCHEMA = PostgresTestDatabase.SCHEMA + "_plans";

	private static final Pattern SEQ_SCAN = Pattern.compile("Seq Scan on (\\w+)");

	private static final ConcurrentLinkedQueue<String> recorded = new ConcurrentLinkedQueue<>();

	private static volatile boolean recording;

	private static boolean plansSeeded;

	private static String plansUrl;

	private static String plansUsername;

	private static String plansPassword;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private TestJourneys journeys;

	@Autowired
	private Environment environment;

	@Autowired
	private EncryptedTextConverter text;

	@Autowired
	private PasswordEncoder passwords;

	@Autowired
	private Clock clock;

	@Test
	void noPerAccountQueryOfTheDashboardHistoryOrSummaryScansALargeTable() throws Exception {
		Set<String> queries = queriesOfThePages();
		assertThat(queries).as("queries recorded from the pages").hasSizeGreaterThan(10);

		try (Connection connection = seededSchema()) {
			List<String> problems = new ArrayList<>();
			for (String sql : queries) {
				String plan = genericPlan(connection, sql);
				Matcher scans = SEQ_SCAN.matcher(plan);
				while (scans.find()) {
					String table = scans.group(1);
					double rows = rowsOf(connection, table);
					if (rows >= LARGE_TABLE_ROWS) {
						problems.add(String.format(Locale.ROOT, "Seq Scan on %s (%.0f rows) in:%n  %s%n%s", table, rows,
								sql, plan));
					}
				}
			}
			System.out.printf("Planned %d queries of the dashboard, history and summary against %.0f check-ins%n",
					queries.size(), rowsOf(connection, "check_in"));
			assertThat(rowsOf(connection, "check_in")).as("the seeded check-ins").isGreaterThan(50_000);
			assertThat(problems).as("sequential scans of large tables").isEmpty();
		}
	}

	/**
	 * The seeder at the size the benchmark uses, on the database real deployments use: every account,
	 * the shared password through the production encoder, text through the production cipher, every
	 * stage and a row in every table, and identity columns that go on after the seeded ids.
	 * {@link DatabaseSeederTests} checks the same on the embedded database, at a smaller size.
	 */
	@Test
	void theSeededYearHasEveryAccountTheSharedPasswordEncryptedTextAndEveryStage() throws Exception {
		try (Connection connection = seededSchema()) {
			JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));

			assertThat(jdbc.queryForObject("select count(*) from account", Integer.class)).isEqualTo(200);
			String hash = jdbc.queryForObject("select password_hash from account where email = ?", String.class,
					SeedProperties.email(137));
			assertThat(this.passwords.matches(REALISTIC.password(), hash)).isTrue();
			List<String> notes = jdbc.queryForList("select note from check_in where note is not null", String.class);
			assertThat(notes).hasSizeGreaterThan(10_000).allSatisfy((note) -> assertThat(note).startsWith("v1:"));
			assertThat(this.text.convertToEntityAttribute(notes.get(0))).isNotBlank();
			assertThat(jdbc.queryForList("select distinct stage from journey order by stage", String.class))
				.containsExactly("MOVING_ON", "NO_CONTACT", "REACHING_OUT", "REBUILDING_TRUST", "REFLECTION", "TRIAL_PERIOD");
			for (String table : DatabaseSeederTests.EVERY_TABLE) {
				assertThat(jdbc.queryForObject("select count(*) from " + table, Integer.class)).as(table).isPositive();
			}
			jdbc.update("insert into growth_goal (journey_id, title, created_at) values (1, 'x', current_timestamp)");
		}
	}

	/**
	 * The second schema, seeded and analysed once for this class's tests and dropped after them:
	 * seeding a year for 200 people is the slow part.
	 */
	private Connection seededSchema() throws SQLException {
		if (!plansSeeded) {
			try (Connection connection = plansSchemaConnection()) {
				seedAndAnalyse(connection);
			}
			plansSeeded = true;
		}
		return plansSchemaConnection(false);
	}

	@AfterAll
	static void dropThePlansSchema() throws SQLException {
		if (plansUrl != null) {
			try (Connection connection = DriverManager.getConnection(plansUrl, plansUsername, plansPassword);
					Statement statement = connection.createStatement()) {
				statement.execute("drop schema if exists " + PLANS_SCHEMA + " cascade");
			}
		}
	}

	private Set<String> queriesOfThePages() throws Exception {
		List<AccountUser> users = new ArrayList<>();
		for (Stage stage : Stage.values()) {
			if (stage == Stage.MOVING_ON) {
				continue;
			}
			AccountUser user = this.accounts.create();
			Journey journey = this.journeys.start(user);
			for (Stage step : Stage.values()) {
				if (step.ordinal() <= stage.ordinal() && step != Stage.REFLECTION) {
					this.journeys.putInStage(journey.getId(), step);
				}
			}
			users.add(user);
		}
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		recorded.clear();
		recording = true;
		try {
			for (AccountUser user : users) {
				this.mvc.perform(get("/dashboard").with(user(user))).andExpect(status().isOk());
				this.mvc.perform(get("/history").param("range", "90").with(user(user))).andExpect(status().isOk());
				this.mvc.perform(get("/summary").param("range", "custom")
					.param("from", today.minusDays(364).toString())
					.param("to", today.toString())
					.with(user(user))).andExpect(status().isOk());
			}
		}
		finally {
			recording = false;
		}
		Set<String> selects = new LinkedHashSet<>();
		for (String sql : recorded) {
			if (sql.strip().toLowerCase(Locale.ROOT).startsWith("select")) {
				selects.add(sql.strip());
			}
		}
		return selects;
	}

	private Connection plansSchemaConnection() throws SQLException {
		return plansSchemaConnection(true);
	}

	private Connection plansSchemaConnection(boolean migrate) throws SQLException {
		String url = this.environment.getRequiredProperty("spring.datasource.url")
			.replace("currentSchema=" + PostgresTestDatabase.SCHEMA, "currentSchema=" + PLANS_SCHEMA);
		String username = this.environment.getProperty("spring.datasource.username");
		String password = this.environment.getProperty("spring.datasource.password", "");
		plansUrl = url;
		plansUsername = username;
		plansPassword = password;
		if (migrate) {
			Flyway.configure()
			.dataSource(url, username, password)
			.schemas(PLANS_SCHEMA)
			.locations("classpath:db/migration")
			.load()
			.migrate();
		}
		// Batched inserts as multi-row inserts: seeding takes seconds rather than minutes.
		return DriverManager.getConnection(url + "&reWriteBatchedInserts=true", username, password);
	}

	private void seedAndAnalyse(Connection connection) throws SQLException {
		JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
		new DatabaseSeeder(jdbc, this.text, this.passwords, this.clock).seed(REALISTIC);
		jdbc.execute("analyze");
	}

	/** The plan PostgreSQL uses for any parameter values. */
	private static String genericPlan(Connection connection, String sql) throws SQLException {
		String numbered = numberParameters(sql);
		int parameters = (int) numbered.chars().filter((c) -> c == '$').count();
		try (Statement statement = connection.createStatement()) {
			statement.execute("set plan_cache_mode = force_generic_plan");
			statement.execute("prepare planned as " + numbered);
			try (ResultSet plan = statement.executeQuery("explain execute planned("
					+ String.join(", ", java.util.Collections.nCopies(parameters, "null")) + ")")) {
				StringBuilder text = new StringBuilder();
				while (plan.next()) {
					text.append("    ").append(plan.getString(1)).append('\n');
				}
				return text.toString();
			}
			finally {
				statement.execute("deallocate planned");
			}
		}
	}

	/** JDBC's {@code ?} placeholders as PostgreSQL's {@code $1, $2, …}, leaving quoted text alone. */
	static String numberParameters(String sql) {
		StringBuilder numbered = new StringBuilder(sql.length() + 16);
		boolean quoted = false;
		int next = 1;
		for (char c : sql.toCharArray()) {
			if (c == '\'') {
				quoted = !quoted;
			}
			if (c == '?' && !quoted) {
				numbered.append('$').append(next++);
			}
			else {
				numbered.append(c);
			}
		}
		return numbered.toString();
	}

	private static double rowsOf(Connection connection, String table) throws SQLException {
		try (var statement = connection.prepareStatement("select c.reltuples from pg_class c "
				+ "join pg_namespace n on n.oid = c.relnamespace where n.nspname = ? and c.relname = ?")) {
			statement.setString(1, PLANS_SCHEMA);
			statement.setString(2, table);
			try (ResultSet rows = statement.executeQuery()) {
				return rows.next() ? rows.getDouble(1) : 0;
			}
		}
	}

	/** Records the SQL of every statement while {@link #recording}. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Recording {

		@Bean
		static BeanPostProcessor recordingDataSource() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					return (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource))
							? ProxyDataSourceBuilder.create(dataSource).name("recorded").listener(new Listener()).build()
							: bean;
				}
			};
		}

	}

	private static final class Listener implements QueryExecutionListener {

		@Override
		public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
		}

		@Override
		public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
			if (recording) {
				queries.forEach((query) -> recorded.add(query.getQuery()));
			}
		}

	}

}
