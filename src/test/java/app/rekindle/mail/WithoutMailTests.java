package app.rekindle.mail;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.web.servlet.MockMvc;

import app.rekindle.account.AccountUser;
import app.rekindle.testsupport.JournalTest;
import app.rekindle.testsupport.StoredSessions;
import app.rekindle.testsupport.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The embedded default has no SMTP server: no e-mail page, form, link or section exists, a sign-up signs in
 * at once as it always has, and nothing is ever queued to be sent.
 */
@JournalTest
class WithoutMailTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private StoredSessions sessions;

	@Autowired
	private TestAccounts accounts;

	@Test
	void thereIsNoMailSenderNorAnythingThatSendsOrSchedules() {
		assertThat(this.context.getBeanNamesForType(JavaMailSender.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(Outbox.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(MailScheduler.class)).isEmpty();
	}

	@Test
	void theLogInPageOffersNoEmailLink() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/password/forgot"))))
			.andExpect(content().string(not(containsString("Forgot"))));
	}

	@Test
	void theEmailPagesDoNotExist() throws Exception {
		for (String path : new String[] { "/password/forgot", "/password/reset/abc", "/signup/check-inbox",
				"/confirm-email/abc", "/unsubscribe/abc", "/unsubscribed" }) {
			this.mvc.perform(get(path)).andExpect(status().isNotFound());
		}
	}

	@Test
	void aSignUpSignsInAtOnceAndQueuesNoEmail() throws Exception {
		String email = TestAccounts.uniqueEmail();
		String password = "quiet river stones";
		var browser = this.sessions.browser(this.mvc);

		browser.perform(post("/signup").with(csrf())
			.param("email", email)
			.param("password", password)
			.param("passwordConfirmation", password)
			.param("timeZone", "Europe/Berlin")).andExpect(redirectedUrl("/account/recovery-codes"));

		assertThat(browser.signedInAs()).contains(email);
		assertThat(this.jdbc.sql("select count(*) from mail_outbox").query(Long.class).single()).isZero();
	}

	@Test
	void theAccountPageHasNoRemindersByEmail() throws Exception {
		AccountUser person = this.accounts.create();

		this.mvc.perform(get("/account").with(user(person)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Reminders by e-mail"))))
			.andExpect(content().string(not(containsString("/account/reminders"))));
	}

}
