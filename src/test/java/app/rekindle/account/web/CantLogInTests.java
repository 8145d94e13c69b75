package app.rekindle.account.web;

import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import app.rekindle.account.AccountUser;
import app.rekindle.account.RecoveryCodes;
import app.rekindle.testsupport.BrowserSession;
import app.rekindle.testsupport.JournalTest;
import app.rekindle.testsupport.MutableClock;
import app.rekindle.testsupport.MutableClockConfiguration;
import app.rekindle.testsupport.StoredSessions;
import app.rekindle.testsupport.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** "Can't log in?": an email, one recovery code and a new password, with nothing given away. */
@JournalTest
class CantLogInTests {

	static final String NEW_PASSWORD = "the light comes back slowly";

	static final String REFUSED = "That email and recovery code do not go together.";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private RecoveryCodes recoveryCodes;

	@Autowired
	private StoredSessions sessions;

	@Autowired
	private MutableClock clock;

	private String email;

	private List<String> codes;

	private AccountUser user;

	@BeforeEach
	void anAccountWithCodes() {
		this.clock.set(MutableClockConfiguration.START);
		this.email = TestAccounts.uniqueEmail();
		this.user = this.accounts.create(this.email, ZoneId.of("UTC"));
		this.codes = this.recoveryCodes.issue(this.user.accountId());
	}

	@Test
	void theLogInPageLeadsToIt() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(content().string(containsString("href=\"/recover\"")));
		this.mvc.perform(get("/recover"))
			.andExpect(status().isOk())
			.andExpect(view().name(RecoveryController.VIEW_RECOVER))
			.andExpect(content().string(containsString("<h1>Can't log in?</h1>")));
	}

	@Test
	void aCodeGivesANewPasswordSignsInOnANewSessionAndSignsEveryoneElseOut() throws Exception {
		BrowserSession phone = signedIn(this.email, TestAccounts.PASSWORD);
		BrowserSession here = this.sessions.browser(this.mvc);
		here.perform(get("/recover"));
		String before = here.sessionId();

		here.perform(recover(this.email, this.codes.get(3).toUpperCase(), NEW_PASSWORD))
			.andExpect(redirectedUrl("/account/recovered"));

		assertThat(here.sessionId()).as("a new session id").isNotEqualTo(before);
		assertThat(here.signedInAs()).contains(this.email);
		assertThat(phone.signedInAs()).as("the other device").isEmpty();
		String landing = here.perform(get("/account/recovered")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(landing).contains("You are back in.", "You have 9 recovery codes left.", "Continue to your journal");

		this.mvc.perform(formLogin("/login").userParameter("email").user(this.email).password(NEW_PASSWORD))
			.andExpect(this.sessions.authenticatedAs(this.email));
		this.mvc.perform(formLogin("/login").userParameter("email").user(this.email).password(TestAccounts.PASSWORD))
			.andExpect(this.sessions.unauthenticated());
	}

	@Test
	void aCodeWorksOnce() throws Exception {
		this.mvc.perform(recover(this.email, this.codes.get(0), NEW_PASSWORD)).andExpect(redirectedUrl("/account/recovered"));
		this.mvc.perform(recover(this.email, this.codes.get(0), "yet another quiet evening"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(REFUSED)));
		assertThat(this.recoveryCodes.left(accountId())).isEqualTo(9);
	}

	@Test
	void aWrongCodeAndAnUnknownEmailGetTheSameNeutralPageKeepingOnlyTheEmail() throws Exception {
		String unknown = TestAccounts.uniqueEmail();
		String wrongCode = page(recover(this.email, "2222-3333-4444", NEW_PASSWORD));
		String noAccount = page(recover(unknown, this.codes.get(0), NEW_PASSWORD));

		assertThat(wrongCode).contains(REFUSED, "value=\"" + this.email + "\"")
			.doesNotContain("2222-3333-4444")
			.doesNotContain(NEW_PASSWORD);
		assertThat(withoutEmails(noAccount)).isEqualTo(withoutEmails(wrongCode));
		assertThat(this.recoveryCodes.left(accountId())).as("nothing spent").isEqualTo(10);
		this.mvc.perform(formLogin("/login").userParameter("email").user(this.email).password(TestAccounts.PASSWORD))
			.andExpect(this.sessions.authenticatedAs(this.email));
	}

	@Test
	void theNewPasswordFollowsTheSignUpRules() throws Exception {
		this.mvc.perform(recover(this.email, this.codes.get(0), "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("at least 10 characters")));
		this.mvc.perform(recover(this.email, this.codes.get(0), "password123"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("very common passwords")));
		this.mvc.perform(post("/recover").with(csrf())
				.param("email", this.email)
				.param("code", this.codes.get(0))
				.param("newPassword", NEW_PASSWORD)
				.param("newPasswordConfirmation", "something else entirely"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The two passwords are not the same.")));
		assertThat(this.recoveryCodes.left(accountId())).as("no code spent on a form with errors").isEqualTo(10);
	}

	@Test
	void pausesForAnEmailAfterFiveWrongCodesEvenForTheRightOne() throws Exception {
		for (int i = 0; i < 4; i++) {
			this.mvc.perform(recover(this.email, "2222-3333-444" + (5 + i), NEW_PASSWORD))
				.andExpect(content().string(containsString(REFUSED)));
		}
		this.mvc.perform(recover(this.email, "2222-3333-4449", NEW_PASSWORD))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("paused for a while")))
			.andExpect(content().string(containsString("try again in 60 minutes")));

		String paused = page(recover(this.email, this.codes.get(0), NEW_PASSWORD));
		assertThat(paused).contains("paused for a while", "value=\"" + this.email + "\"");
		assertThat(this.recoveryCodes.left(accountId())).isEqualTo(10);

		this.clock.advance(java.time.Duration.ofHours(1));
		this.mvc.perform(recover(this.email, this.codes.get(0), NEW_PASSWORD)).andExpect(redirectedUrl("/account/recovered"));
	}

	@Test
	void someoneSignedInIsSentToTheirJournal() throws Exception {
		BrowserSession signedIn = signedIn(this.email, TestAccounts.PASSWORD);
		signedIn.perform(get("/recover")).andExpect(redirectedUrl("/dashboard"));
	}

	private long accountId() {
		return this.user.accountId();
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "");
	}

	private BrowserSession signedIn(String email, String password) throws Exception {
		BrowserSession browser = this.sessions.browser(this.mvc);
		browser.perform(formLogin("/login").userParameter("email").user(email).password(password))
			.andExpect(this.sessions.authenticatedAs(email));
		return browser;
	}

	static MockHttpServletRequestBuilder recover(String email, String code, String newPassword) {
		return post("/recover").with(csrf())
			.param("email", email)
			.param("code", code)
			.param("newPassword", newPassword)
			.param("newPasswordConfirmation", newPassword);
	}

	private static String withoutEmails(String page) {
		return page.replaceAll("person-[0-9a-f-]+@example.org", "EMAIL");
	}

}
