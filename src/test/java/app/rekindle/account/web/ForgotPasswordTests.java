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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

/** "Forgot your password?" with mail on, through the e-mails a real SMTP server receives. */
@MailTest
class ForgotPasswordTests {

	private static final String NEW_PASSWORD = "a lantern in the hallway";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private StoredSessions sessions;

	@Autowired
	private MutableClock clock;

	@Test
	void theLogInPageOffersIt() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(content().string(containsString("href=\"/password/forgot\"")));
	}

	@Test
	void aKnownAndAnUnknownAddressGetTheSameAnswerAndOnlyTheKnownOneAnEmail() throws Exception {
		String known = TestAccounts.uniqueEmail();
		this.accounts.create(known, ZoneOffset.UTC);
		String unknown = TestAccounts.uniqueEmail();

		String[] pages = new String[2];
		int i = 0;
		for (String email : new String[] { known, unknown }) {
			BrowserSession browser = this.sessions.browser(this.mvc);
			browser.perform(post("/password/forgot").with(csrf()).param("email", email))
				.andExpect(redirectedUrl("/password/forgot"))
				.andExpect(flash().attribute("notice", "password.forgot.sent"));
			pages[i++] = browser.perform(get("/password/forgot"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString()
				.replace(email, "EMAIL")
				.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "CSRF");
		}

		assertThat(pages[0]).contains("If an account uses this address, a link is on its way").isEqualTo(pages[1]);
		MimeMessage message = MailServer.one(known);
		assertThat(message.getSubject()).isEqualTo("Your link to choose a new password");
		assertThat(MailServer.to(unknown)).isEmpty();
	}

	@Test
	void theLinksPageAsksForTheNewPasswordWithoutUsingTheLinkUp() throws Exception {
		String email = TestAccounts.uniqueEmail();
		this.accounts.create(email, ZoneOffset.UTC);
		String link = resetLink(email);

		this.mvc.perform(get(link)).andExpect(status().isOk()).andExpect(content().string(containsString("Choose a new password")));
		this.mvc.perform(get(link)).andExpect(status().isOk());

		this.mvc.perform(post(link).with(csrf()).param("newPassword", NEW_PASSWORD).param("newPasswordConfirmation", NEW_PASSWORD))
			.andExpect(redirectedUrl("/dashboard"));
	}

	@Test
	void aNewPasswordSignsThisBrowserInWithANewSessionAndEveryOtherDeviceOut() throws Exception {
		String email = TestAccounts.uniqueEmail();
		this.accounts.create(email, ZoneOffset.UTC);
		BrowserSession phone = this.sessions.browser(this.mvc);
		phone.perform(formLogin("/login").userParameter("email").user(email).password(TestAccounts.PASSWORD))
			.andExpect(this.sessions.authenticatedAs(email));
		String phoneSession = phone.sessionId();
		BrowserSession here = this.sessions.browser(this.mvc);
		here.perform(get("/login"));
		String before = here.sessionId();
		String link = resetLink(email);

		here.perform(post(link).with(csrf()).param("newPassword", NEW_PASSWORD).param("newPasswordConfirmation", NEW_PASSWORD))
			.andExpect(redirectedUrl("/dashboard"))
			.andExpect(flash().attribute("notice", "password.reset.done"));

		assertThat(here.signedInAs()).contains(email);
		assertThat(here.sessionId()).isNotEqualTo(before);
		assertThat(this.sessions.exists(phoneSession)).as("the other device's session").isFalse();
		this.mvc.perform(formLogin("/login").userParameter("email").user(email).password(NEW_PASSWORD))
			.andExpect(this.sessions.authenticatedAs(email));
		this.mvc.perform(formLogin("/login").userParameter("email").user(email).password(TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void aLinkWorksOnce() throws Exception {
		String email = TestAccounts.uniqueEmail();
		this.accounts.create(email, ZoneOffset.UTC);
		String link = resetLink(email);
		this.mvc.perform(post(link).with(csrf()).param("newPassword", NEW_PASSWORD).param("newPasswordConfirmation", NEW_PASSWORD))
			.andExpect(redirectedUrl("/dashboard"));

		this.mvc.perform(get(link)).andExpect(status().isNotFound())
			.andExpect(content().string(containsString("This link no longer works")));
		this.mvc.perform(post(link).with(csrf()).param("newPassword", "someone else's idea").param("newPasswordConfirmation",
				"someone else's idea"))
			.andExpect(status().isNotFound());
		this.mvc.perform(formLogin("/login").userParameter("email").user(email).password(NEW_PASSWORD))
			.andExpect(this.sessions.authenticatedAs(email));
	}

	@Test
	void aLinkStopsWorkingAfterThirtyMinutes() throws Exception {
		String email = TestAccounts.uniqueEmail();
		this.accounts.create(email, ZoneOffset.UTC);
		String link = resetLink(email);

		this.clock.advance(Duration.ofMinutes(29));
		this.mvc.perform(get(link)).andExpect(status().isOk());
		this.clock.advance(Duration.ofMinutes(1));
		this.mvc.perform(get(link)).andExpect(status().isNotFound());
		this.mvc.perform(post(link).with(csrf()).param("newPassword", NEW_PASSWORD).param("newPasswordConfirmation", NEW_PASSWORD))
			.andExpect(status().isNotFound());
	}

	@Test
	void aPasswordThatIsNotAcceptedComesBackOnTheSamePageAndTheLinkStillWorks() throws Exception {
		String email = TestAccounts.uniqueEmail();
		this.accounts.create(email, ZoneOffset.UTC);
		String link = resetLink(email);

		this.mvc.perform(post(link).with(csrf()).param("newPassword", NEW_PASSWORD).param("newPasswordConfirmation", "something else"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		this.mvc.perform(post(link).with(csrf()).param("newPassword", NEW_PASSWORD).param("newPasswordConfirmation", NEW_PASSWORD))
			.andExpect(redirectedUrl("/dashboard"));
	}

	@Test
	void oneAddressGetsAFewLinksAnHourAndThenAKindWait() throws Exception {
		String email = TestAccounts.uniqueEmail();
		this.accounts.create(email, ZoneOffset.UTC);
		for (int i = 0; i < 3; i++) {
			this.mvc.perform(post("/password/forgot").with(csrf()).param("email", email)).andExpect(redirectedUrl("/password/forgot"));
		}

		this.mvc.perform(post("/password/forgot").with(csrf()).param("email", email))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("waiting before sending more")));
		assertThat(MailServer.await(email, 3)).hasSize(3);
		MailServer.sleep(300);
		assertThat(MailServer.to(email)).hasSize(3);
	}

	@Test
	void anAddressThatIsNotOneComesBackWithItsMessage() throws Exception {
		this.mvc.perform(post("/password/forgot").with(csrf()).param("email", "not an address"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"not an address\"")))
			.andExpect(content().string(containsString("doesn&#39;t look like an email address")));
	}

	private String resetLink(String email) throws Exception {
		this.mvc.perform(post("/password/forgot").with(csrf()).param("email", email)).andExpect(redirectedUrl("/password/forgot"));
		return MailServer.linkPath(MailServer.one(email), MailTest.SITE);
	}

}
