package app.rekindle.account.web;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import app.rekindle.account.AccountUser;
import app.rekindle.testsupport.BrowserSession;
import app.rekindle.testsupport.EveryKindFixture;
import app.rekindle.testsupport.JournalTest;
import app.rekindle.testsupport.MutableClock;
import app.rekindle.testsupport.MutableClockConfiguration;
import app.rekindle.testsupport.StoredSessions;
import app.rekindle.testsupport.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@JournalTest
class DeleteAccountTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private MutableClock clock;

	@Autowired
	private EveryKindFixture fixture;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private StoredSessions sessions;

	@BeforeEach
	void startOfTheStory() {
		this.clock.set(MutableClockConfiguration.START);
	}

	@Test
	void theAccountPageExplainsDeletionAndAsksForThePassword() throws Exception {
		AccountUser user = this.fixture.create("Aster").user();
		this.mvc.perform(get("/account").with(user(user)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Delete your account")))
			.andExpect(content().string(containsString("It cannot be undone")))
			.andExpect(content().string(containsString("action=\"/account/delete\"")))
			.andExpect(content().string(containsString("autocomplete=\"current-password\"")));
	}

	@Test
	void aWrongOrMissingPasswordIsRefusedOnTheSamePageAndNothingIsDeleted() throws Exception {
		EveryKindFixture.Created created = this.fixture.create("Aster");
		AccountUser user = created.user();
		Map<String, Integer> before = rowsOf(created);

		this.mvc.perform(delete(user, "not my password at all").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("deleteForm", "password", "account.delete.password.wrong"))
			.andExpect(content().string(containsString("That is not your password, so nothing has been deleted.")))
			.andExpect(content().string(not(containsString("not my password at all"))))
			.andExpect(content().string(containsString("Change password")));
		this.mvc.perform(delete(user, "").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please enter your password to confirm.")));

		assertThat(rowsOf(created)).isEqualTo(before).containsEntry("account", 1);
		this.mvc.perform(formLogin("/login").userParameter("email").user(user.getUsername()).password(TestAccounts.PASSWORD))
			.andExpect(this.sessions.authenticatedAs(user.getUsername()));
	}

	@Test
	void withoutTheCsrfTokenNothingIsDeleted() throws Exception {
		EveryKindFixture.Created created = this.fixture.create("Aster");
		Map<String, Integer> before = rowsOf(created);

		this.mvc.perform(delete(created.user(), TestAccounts.PASSWORD)).andExpect(status().isForbidden());

		assertThat(rowsOf(created)).isEqualTo(before);
	}

	@Test
	void theRightPasswordDeletesEverythingAndSignsOut() throws Exception {
		EveryKindFixture.Created created = this.fixture.create("Aster");
		EveryKindFixture.Created other = this.fixture.create("Bramble");
		Map<String, Integer> others = rowsOf(other);
		String email = created.user().getUsername();
		BrowserSession browser = this.sessions.browser(this.mvc);
		browser.perform(formLogin("/login").userParameter("email").user(email).password(TestAccounts.PASSWORD))
			.andExpect(this.sessions.authenticatedAs(email));
		String signedIn = browser.sessionId();

		browser.perform(post("/account/delete").with(csrf()).param("password", TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/?account-deleted"))
			.andExpect(this.sessions.unauthenticated());

		assertThat(this.sessions.exists(signedIn)).as("the session has ended").isFalse();
		assertThat(rowsOf(created)).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
		assertThat(rowsOf(other)).isEqualTo(others);
		this.mvc.perform(formLogin("/login").userParameter("email").user(email).password(TestAccounts.PASSWORD))
			.andExpect(this.sessions.unauthenticated());
		this.mvc.perform(get("/").param("account-deleted", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your account and everything you wrote in it have been")));
		this.mvc.perform(get("/")).andExpect(content().string(not(containsString("have been deleted"))));
	}

	private static MockHttpServletRequestBuilder delete(AccountUser user, String password) {
		return post("/account/delete").with(user(user)).param("password", password);
	}

	/** A sample of the account's rows, from the account itself to the deepest child table. */
	private Map<String, Integer> rowsOf(EveryKindFixture.Created created) {
		long account = created.user().accountId();
		return Map.of("account", count("select count(*) from account where id = ?", account),
				"journey", count("select count(*) from journey where account_id = ?", account),
				"check_in", count("select count(*) from check_in where account_id = ?", account),
				"reflection_entry", count("select count(*) from reflection_entry where journey_id = ?", created.journeyId()),
				"goal_progress", count("select count(*) from goal_progress p join growth_goal g on g.id = p.goal_id where g.journey_id = ?",
						created.journeyId()),
				"trial_checkpoint", count("select count(*) from trial_checkpoint where journey_id = ?", created.journeyId()),
				"journey_safety_lock", count("select count(*) from journey_safety_lock where journey_id = ?",
						created.lockedJourneyId()));
	}

	private int count(String sql, long id) {
		return this.jdbc.queryForObject(sql, Integer.class, id);
	}

}
