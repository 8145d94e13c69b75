package app.rekindle.system;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import app.rekindle.testsupport.JournalTest;
import app.rekindle.testsupport.StatementCounting;
import app.rekindle.testsupport.StatementCounting.Statement;
import app.rekindle.testsupport.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A signed-in request reads its session from the database once, also when its answer is sent before
 * the request ends (a redirect, a page longer than the response's buffer), after which Spring Session
 * saves the session twice; and the next request reads it afresh.
 */
@JournalTest
class SessionReadOnceTests {

	private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private JdbcTemplate jdbc;

	private Cookie session;

	@BeforeEach
	void signIn() throws Exception {
		String email = TestAccounts.uniqueEmail();
		this.accounts.create(email, ZoneId.of("UTC"));
		MvcResult form = this.mvc.perform(get("/login")).andExpect(status().isOk()).andReturn();
		MvcResult signedIn = this.mvc
			.perform(post("/login").cookie(form.getResponse().getCookies())
				.param("email", email)
				.param("password", TestAccounts.PASSWORD)
				.param("_csrf", token(form)))
			.andExpect(redirectedUrl("/dashboard"))
			.andReturn();
		this.session = signedIn.getResponse().getCookie("JOURNAL_SESSION");
		assertThat(this.session).isNotNull();
	}

	@Test
	void aRedirectReadsTheSessionOnce() throws Exception {
		assertThat(StatementCounting.sessionReads(() -> this.mvc.perform(get("/checkin").cookie(this.session))
			.andExpect(redirectedUrlPattern("/checkin/*")))).isEqualTo(1);
	}

	@Test
	void aPageLongerThanTheBufferReadsTheSessionOnce() throws Exception {
		long reads = StatementCounting.sessionReads(() -> {
			MvcResult dashboard = this.mvc.perform(get("/dashboard").cookie(this.session))
				.andExpect(status().isOk())
				.andReturn();
			assertThat(dashboard.getResponse().getContentAsByteArray())
				.as("longer than the response's buffer, so it is sent before the request ends")
				.hasSizeGreaterThan(dashboard.getResponse().getBufferSize());
		});

		assertThat(reads).isEqualTo(1);
	}

	@Test
	void eachRequestReadsItsSessionAfresh() throws Exception {
		for (int request = 0; request < 3; request++) {
			assertThat(StatementCounting.sessionReads(() -> this.mvc.perform(get("/checkin").cookie(this.session))
				.andExpect(redirectedUrlPattern("/checkin/*")))).as("request %d", request).isEqualTo(1);
		}

		String id = new String(Base64.getDecoder().decode(this.session.getValue()), StandardCharsets.UTF_8);
		assertThat(this.jdbc.update("delete from spring_session where session_id = ?", id)).isOne();

		this.mvc.perform(get("/checkin").cookie(this.session)).andExpect(redirectedUrl("/login"));
	}

	/**
	 * The read is one query and runs without a transaction around it (on PostgreSQL a transaction is
	 * one more round trip to the server); a save, which writes the session's row and its attributes'
	 * rows, runs in a transaction of its own.
	 */
	@Test
	void theSessionIsReadWithoutATransactionAndWrittenInOne() throws Exception {
		List<Statement> signIn = StatementCounting.sessionStatements(this::signIn);
		List<Statement> page = StatementCounting.sessionStatements(
				() -> this.mvc.perform(get("/account").cookie(this.session)).andExpect(status().isOk()));

		assertThat(signIn).filteredOn(Statement::writes)
			.as("the new session's row and its attributes' rows")
			.hasSizeGreaterThanOrEqualTo(2)
			.allSatisfy((write) -> assertThat(write.inTransaction()).as(write.sql()).isTrue());
		assertThat(page).filteredOn(Statement::readsSessionById)
			.singleElement()
			.satisfies((read) -> assertThat(read.inTransaction()).as(read.sql()).isFalse());
	}

	private static String token(MvcResult page) throws Exception {
		Matcher matcher = TOKEN.matcher(page.getResponse().getContentAsString());
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

}
