package app.rekindle.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Finds the PostgreSQL server for {@link PostgresTest}s once per test JVM and gives every JVM a
 * schema of its own, dropped again when it ends (a run has two JVMs side by side, see pom.xml).
 */
public final class PostgresTestDatabase {

	static final String URL_VARIABLE = "REKINDLE_TEST_POSTGRES_URL";

	static final String USER_VARIABLE = "REKINDLE_TEST_POSTGRES_USER";

	static final String PASSWORD_VARIABLE = "REKINDLE_TEST_POSTGRES_PASSWORD";

	/** This JVM's schema; test JVMs and runs sharing one server never see each other's data. */
	public static final String SCHEMA = "rekindle_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);

	private static Optional<Server> server;

	private PostgresTestDatabase() {
	}

	static synchronized Optional<Server> server() {
		if (server == null) {
			server = locate();
			server.ifPresent(PostgresTestDatabase::dropSchemaAtExit);
		}
		return server;
	}

	private static Optional<Server> locate() {
		String url = CiRun.variable(URL_VARIABLE);
		if (url != null) {
			String user = Optional.ofNullable(CiRun.variable(USER_VARIABLE)).orElse("postgres");
			String password = Optional.ofNullable(CiRun.variable(PASSWORD_VARIABLE)).orElse("");
			return Optional.of(new Server(url, user, password, "the server in " + URL_VARIABLE + " (" + url + ")"));
		}
		if (dockerAvailable()) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
			container.start();
			return Optional.of(new Server(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
					"a Testcontainers PostgreSQL"));
		}
		return Optional.empty();
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static void dropSchemaAtExit(Server server) {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(),
					server.password()); Statement statement = connection.createStatement()) {
				statement.execute("set lock_timeout = '5s'");
				statement.execute("drop schema if exists " + SCHEMA + " cascade");
			}
			catch (SQLException ex) {
				System.err.println("Could not drop test schema " + SCHEMA + ": " + ex.getMessage());
			}
		}, "drop-" + SCHEMA));
	}

	record Server(String jdbcUrl, String username, String password, String description) {

		String jdbcUrlInSchema(String schema) {
			return this.jdbcUrl + (this.jdbcUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
		}

	}

	/** Runs the test when a server is there; otherwise skips it, or fails it on CI. */
	public static class Availability implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			Optional<Server> found = server();
			if (found.isPresent()) {
				return ConditionEvaluationResult.enabled("PostgreSQL: " + found.get().description());
			}
			String reason = "No PostgreSQL for " + context.getDisplayName() + ": Docker is not running and "
					+ URL_VARIABLE + " is not set";
			if (CiRun.active()) {
				throw new ExtensionConfigurationException(reason + ". CI=true, so PostgreSQL tests must run.");
			}
			System.out.println("SKIPPED: " + reason);
			return ConditionEvaluationResult.disabled(reason);
		}

	}

	/** Points the application at this run's schema on the server found. */
	public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			Server found = server().orElseThrow(() -> new IllegalStateException("No PostgreSQL server for tests"));
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("postgresTestDatabase",
						Map.of("spring.datasource.url", found.jdbcUrlInSchema(SCHEMA), "spring.datasource.username",
								found.username(), "spring.datasource.password", found.password(),
								"spring.flyway.schemas", SCHEMA)));
		}

	}

}
