package app.rekindle.account.web;

import java.time.Duration;
import java.time.ZoneOffset;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import app.rekindle.testsupport.BrowserSession;
import app.rekindle.testsupport.MailServer;
import app.rekindle.testsupport.MailTest;
import app.rekindle.testsupport.MutableClock;
import app.rekindle.testsupport.StoredSessions;
import app.rekindle.testsupport.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** With mail on, a sign-up waits for the link that confirms its address. */
@MailTest
class SignUpConfirmationTests {

	private static final String PASSWORD = "quiet river stones";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private StoredSessions sessions;

	@Autowired
	private MutableClock clock;

	@Test
	void aSignUpDoesNotSignInButSaysToCheckTheInboxWhereTheLinkIs() throws Exception {
		String email = TestAccounts.uniqueEmail();
		BrowserSession browser = this.sessions.browser(this.mvc);

		browser.perform(signUp(email)).andExpect(redirectedUrl("/signup/check-inbox"));

		assertThat(browser.signedInAs()).isEmpty();
		browser.perform(get("/signup/check-inbox"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Check your inbox")))
			.andExpect(content().string(containsString(email)));
		MimeMessage message = MailServer.one(email);
		assertThat(message.getSubject()).isEqualTo("Confirm your e-mail address");
		assertThat(MailServer.linkPath(message, MailTest.SITE)).startsWith("/confirm-email/");
	}

	@Test
	void theLinksPageHasAButtonThatConfirmsSignsInAndContinuesAsASignUpDoes() throws Exception {
		String email = TestAccounts.uniqueEmail();
		this.mvc.perform(signUp(email));
		String link = MailServer.linkPath(MailServer.one(email), MailTest.SITE);
		BrowserSession browser = this.sessions.browser(this.mvc);

		browser.perform(get(link)).andExpect(status().isOk()).andExpect(content().string(containsString("Confirm and open my journal")));
		assertThat(browser.signedInAs()).as("a GET (a mail scanner, say) signs no one in").isEmpty();
		browser.perform(post(link).with(csrf()))
			.andExpect(redirectedUrl("/account/recovery-codes"))
			.andExpect(flash().attribute("notice", "signup.welcome"));

		assertThat(browser.signedInAs()).contains(email);
		this.mvc.perform(get(link)).andExpect(status().isNotFound());
		this.mvc.perform(formLogin("/login").userParameter("email").user(email).password(PASSWORD))
			.andExpect(this.sessions.authenticatedAs(email));
	}

	@Test
	void anUnconfirmedAccountCannotLogInAndOnlyTheRightPasswordSaysWhy() throws Exception {
		String email = TestAccounts.uniqueEmail();
		this.mvc.perform(signUp(email));

		this.mvc.perform(formLogin("/login").userParameter("email").user(email).password("not the password at all"))
			.andExpect(redirectedUrl("/login?error"));
		BrowserSession browser = this.sessions.browser(this.mvc);
		browser.perform(formLogin("/login").userParameter("email").user(email).password(PASSWORD))
			.andExpect(redirectedUrl("/login?unconfirmed"))
			.andExpect(this.sessions.unauthenticated());
		browser.perform(get("/login").param("unconfirmed", ""))
			.andExpect(content().string(containsString("value=\"" + email + "\"")))
			.andExpect(content().string(containsString("isn&#39;t confirmed yet")))
			.andExpect(content().string(containsString("action=\"/confirm-email/again\"")));
	}

	@Test
	void theLinkCanBeSentAgainAndOnlyTheNewestWorks() throws Exception {
		String email = TestAccounts.uniqueEmail();
		this.mvc.perform(signUp(email));
		String first = MailServer.linkPath(MailServer.one(email), MailTest.SITE);

		this.mvc.perform(post("/confirm-email/again").with(csrf()).param("email", email))
			.andExpect(redirectedUrl("/signup/check-inbox"))
			.andExpect(flash().attribute("notice", "confirm.sentAgain"));

		String second = MailServer.linkPath(MailServer.await(email, 2).get(1), MailTest.SITE);
		assertThat(second).isNotEqualTo(first);
		this.mvc.perform(get(first)).andExpect(status().isNotFound());
		this.mvc.perform(get(second)).andExpect(status().isOk());
	}

	@Test
	void sendingTheLinkAgainForAConfirmedOrUnknownAddressLooksTheSameAndSendsNothing() throws Exception {
		String confirmed = TestAccounts.uniqueEmail();
		this.accounts.create(confirmed, ZoneOffset.UTC);
		String unknown = TestAccounts.uniqueEmail();

		for (String email : new String[] { confirmed, unknown }) {
			this.mvc.perform(post("/confirm-email/again").with(csrf()).param("email", email))
				.andExpect(redirectedUrl("/signup/check-inbox"))
				.andExpect(flash().attribute("notice", "confirm.sentAgain"));
		}
		MailServer.sleep(500);
		assertThat(MailServer.to(confirmed)).isEmpty();
		assertThat(MailServer.to(unknown)).isEmpty();
	}

	@Test
	void aSignUpWithAnAddressThatHasAJournalLooksTheSameAndTellsItsOwner() throws Exception {
		String email = TestAccounts.uniqueEmail();
		this.accounts.create(email, ZoneOffset.UTC);
		String fresh = TestAccounts.uniqueEmail();

		String forTaken = checkInboxPage(email);
		String forFresh = checkInboxPage(fresh);

		assertThat(forTaken).isEqualTo(forFresh);
		MimeMessage message = MailServer.one(email);
		assertThat(message.getSubject()).isEqualTo("A sign-up with your e-mail address");
		assertThat(MailServer.text(message)).contains(MailTest.SITE + "/login", MailTest.SITE + "/password/forgot");
		this.mvc.perform(formLogin("/login").userParameter("email").user(email).password(TestAccounts.PASSWORD))
			.andExpect(this.sessions.authenticatedAs(email));
	}

	@Test
	void aLinkStopsWorkingAfterADay() throws Exception {
		String email = TestAccounts.uniqueEmail();
		this.mvc.perform(signUp(email));
		String link = MailServer.linkPath(MailServer.one(email), MailTest.SITE);

		this.clock.advance(Duration.ofHours(24));

		this.mvc.perform(get(link)).andExpect(status().isNotFound());
		this.mvc.perform(post(link).with(csrf()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("Welcome"))));
	}

	private String checkInboxPage(String email) throws Exception {
		BrowserSession browser = this.sessions.browser(this.mvc);
		browser.perform(signUp(email)).andExpect(redirectedUrl("/signup/check-inbox"));
		return browser.perform(get("/signup/check-inbox"))
			.andExpect(content().string(containsString(email)))
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replace(email, "EMAIL")
				.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "CSRF");
	}

	private static org.springframework.test.web.servlet.RequestBuilder signUp(String email) {
		return post("/signup").with(csrf())
			.param("email", email)
			.param("password", PASSWORD)
			.param("passwordConfirmation", PASSWORD)
			.param("timeZone", "Europe/Berlin");
	}

}
