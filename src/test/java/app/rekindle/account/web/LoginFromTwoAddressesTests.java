package app.rekindle.account.web;

import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import app.rekindle.testsupport.BrowserSession;
import app.rekindle.testsupport.JournalTest;
import app.rekindle.testsupport.MutableClock;
import app.rekindle.testsupport.MutableClockConfiguration;
import app.rekindle.testsupport.StoredSessions;
import app.rekindle.testsupport.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Log-in pauses for an email from the address the failures came from: a stranger guessing from one
 * address never keeps the owner out from another.
 */
@JournalTest
class LoginFromTwoAddressesTests {

	private static final String STRANGER = "203.0.113.66";

	private static final String OWNER = "198.51.100.24";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private StoredSessions sessions;

	@Autowired
	private MutableClock clock;

	private String email;

	@BeforeEach
	void anAccount() {
		this.clock.set(MutableClockConfiguration.START);
		this.email = TestAccounts.uniqueEmail();
		this.accounts.create(this.email, ZoneId.of("UTC"));
	}

	@Test
	void failuresFromOneAddressNeverStopTheOwnerLoggingInFromAnother() throws Exception {
		for (int i = 0; i < 20; i++) {
			this.mvc.perform(logIn(this.email, "a guess " + i, STRANGER))
				.andExpect(redirectedUrl(i < 5 ? "/login?error" : "/login?paused"));
		}
		this.mvc.perform(logIn(this.email, TestAccounts.PASSWORD, STRANGER)).andExpect(redirectedUrl("/login?paused"));

		this.mvc.perform(logIn(this.email, TestAccounts.PASSWORD, OWNER))
			.andExpect(redirectedUrl("/dashboard"))
			.andExpect(this.sessions.authenticatedAs(this.email));
	}

	@Test
	void thePausedPageSaysHowLongIsLeft() throws Exception {
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(logIn(this.email, "a guess " + i, STRANGER));
		}
		this.clock.advance(java.time.Duration.ofMinutes(10));
		BrowserSession browser = this.sessions.browser(this.mvc);
		browser.perform(logIn(this.email, TestAccounts.PASSWORD, STRANGER)).andExpect(redirectedUrl("/login?paused"));
		String page = browser.perform(get("/login").param("paused", "").with(from(STRANGER)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Please try again in 5 minutes.");
	}

	static MockHttpServletRequestBuilder logIn(String email, String password, String address) {
		return post("/login").with(csrf()).with(from(address)).param("email", email).param("password", password);
	}

	static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
