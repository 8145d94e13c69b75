package app.rekindle.system;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import app.rekindle.testsupport.HttpVisitor;
import app.rekindle.testsupport.ServerTest;
import app.rekindle.testsupport.TestAccounts;

import static app.rekindle.testsupport.HttpVisitor.csrf;
import static app.rekindle.testsupport.HttpVisitor.location;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions live in the database (Spring Session JDBC on the embedded H2), seen over real HTTP: the
 * row appears only at sign-up (the form itself starts none), carries the person and the configured timeout, is what the
 * server trusts on every request, and is deleted at log-out.
 */
@ServerTest
class DatabaseSessionTests {

	private static final String PASSWORD = "quiet harbour evenings";

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private TestAccounts accounts;

	@Test
	void signingUpStoresTheSessionUnderANewIdAndLoggingOutDeletesIt() throws Exception {
		HttpVisitor visitor = new HttpVisitor();
		HttpResponse<String> form = visitor.get(server(), "/signup");
		assertThat(visitor.sessionId()).as("the form's CSRF token is in a cookie, not a session").isNull();

		String email = TestAccounts.uniqueEmail();
		HttpResponse<String> signedUp = visitor.post(server(), "/signup", "email", email, "password", PASSWORD,
				"passwordConfirmation", PASSWORD, "timeZone", "UTC", "_csrf", csrf(form));
		assertThat(location(signedUp)).isEqualTo("/account/recovery-codes");

		String signedIn = visitor.sessionId();
		assertThat(signedIn).as("a session from sign-up on").isNotNull();
		assertThat(principalOf(signedIn)).containsExactly(email);
		assertThat(this.jdbc.queryForObject("select max_inactive_interval from spring_session where session_id = ?",
				Integer.class, signedIn))
			.as("the configured timeout, server.servlet.session.timeout=8h")
			.isEqualTo((int) Duration.ofHours(8).toSeconds());

		HttpResponse<String> dashboard = visitor.get(server(), "/account/recovery-codes");
		assertThat(dashboard.statusCode()).isEqualTo(200);
		assertThat(dashboard.body()).as("the flash notice kept in the stored session").contains("Your journal is ready");
		assertThat(visitor.sessionId()).isEqualTo(signedIn);
		assertThat(principalOf(signedIn)).containsExactly(email);

		HttpResponse<String> loggedOut = visitor.post(server(), "/logout", "_csrf", csrf(dashboard));
		assertThat(location(loggedOut)).isEqualTo("/?signed-out");
		assertThat(principalOf(signedIn)).as("the session row after log-out").isEmpty();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from spring_session_attributes a where not exists (select 1 from spring_session s where s.primary_id = a.session_primary_id)",
				Integer.class))
			.as("attributes without their session")
			.isZero();
	}

	@Test
	void loggingInStoresTheSessionUnderANewId() throws Exception {
		String email = TestAccounts.uniqueEmail();
		this.accounts.create(email, java.time.ZoneId.of("UTC"));
		HttpVisitor visitor = new HttpVisitor();
		HttpResponse<String> form = visitor.get(server(), "/login");
		String anonymous = visitor.sessionId();

		HttpResponse<String> loggedIn = visitor.post(server(), "/login", "email", email, "password",
				TestAccounts.PASSWORD, "_csrf", csrf(form));

		assertThat(location(loggedIn)).isEqualTo("/dashboard");
		assertThat(visitor.sessionId()).isNotNull().isNotEqualTo(anonymous);
		assertThat(principalOf(anonymous)).isEmpty();
		assertThat(principalOf(visitor.sessionId())).containsExactly(email);
	}

	@Test
	void theRowInTheDatabaseIsWhatKeepsSomeoneSignedIn() throws Exception {
		HttpVisitor visitor = new HttpVisitor();
		signUp(visitor, TestAccounts.uniqueEmail());
		assertThat(visitor.get(server(), "/account").statusCode()).isEqualTo(200);

		this.jdbc.update("delete from spring_session where session_id = ?", visitor.sessionId());

		HttpResponse<String> after = visitor.get(server(), "/account");
		assertThat(after.statusCode()).isEqualTo(302);
		assertThat(location(after)).endsWith("/login");
	}

	/**
	 * An email may be 254 characters long; Spring Session's own schema keeps 100 for the principal,
	 * so a long address could sign up and then never hold a session. The column is as wide as an email.
	 */
	@Test
	void aLongEmailAddressStillGetsASession() throws Exception {
		String email = "a".repeat(64) + "@" + "b".repeat(60) + "." + "c".repeat(60) + "." + "d".repeat(40)
				+ ".example.org";
		assertThat(email).hasSizeBetween(200, 254);
		HttpVisitor visitor = new HttpVisitor();

		HttpResponse<String> signedUp = signUp(visitor, email);

		assertThat(location(signedUp)).isEqualTo("/account/recovery-codes");
		assertThat(principalOf(visitor.sessionId())).containsExactly(email);
		assertThat(visitor.get(server(), "/dashboard").statusCode()).isEqualTo(200);
	}

	private HttpResponse<String> signUp(HttpVisitor visitor, String email) throws Exception {
		HttpResponse<String> form = visitor.get(server(), "/signup");
		return visitor.post(server(), "/signup", "email", email, "password", PASSWORD, "passwordConfirmation",
				PASSWORD, "timeZone", "UTC", "_csrf", csrf(form));
	}

	/** The principal of the session row with this id: no element without a row, a null one when anonymous. */
	private List<String> principalOf(String sessionId) {
		return this.jdbc.queryForList("select principal_name from spring_session where session_id = ?", sessionId)
			.stream()
			.map((Map<String, Object> row) -> (String) row.get("principal_name"))
			.toList();
	}

	private String server() {
		return "http://localhost:" + this.port;
	}

}
