package app.rekindle.account.web;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import app.rekindle.testsupport.MutableClock;
import app.rekindle.testsupport.MutableClockConfiguration;
import app.rekindle.testsupport.StoredSessions;
import app.rekindle.testsupport.TestAccounts;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The sign-up limit per client, with a low limit so the test stays short. */
// The same settings as ThrottlePerAddressTests, so both share one application context.
@SpringBootTest(properties = { "rekindle.security.signup.max-per-client=2", "rekindle.security.signup.window=1h",
		"rekindle.security.login.max-failures-per-address=6", "rekindle.security.recovery.max-failures-per-address=4" })
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class SignUpLimitTests {

	private static final String PASSWORD = "a calm and steady river";

	static final String TOO_MANY = "A lot of journals have been started from this connection in the last while";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private MutableClock clock;

	@Autowired
	private StoredSessions sessions;

	@Test
	void refusesMoreSignUpsFromOneClientWithinAnHourOnTheFormAndKeepsTheEmail() throws Exception {
		this.clock.set(MutableClockConfiguration.START);
		this.mvc.perform(signUp(TestAccounts.uniqueEmail(), "10.0.0.1")).andExpect(redirectedUrl("/account/recovery-codes"));
		this.mvc.perform(signUp(TestAccounts.uniqueEmail(), "10.0.0.1")).andExpect(redirectedUrl("/account/recovery-codes"));

		String third = TestAccounts.uniqueEmail();
		this.mvc.perform(signUp(third, "10.0.0.1"))
			.andExpect(status().isOk())
			.andExpect(view().name(SignUpController.VIEW_SIGN_UP_FORM))
			.andExpect(model().attributeHasErrors("form"))
			.andExpect(content().string(containsString(TOO_MANY)))
			.andExpect(content().string(not(containsString("Please check the fields marked below."))))
			.andExpect(content().string(containsString("value=\"" + third + "\"")))
			.andExpect(this.sessions.unauthenticated());

		this.mvc.perform(signUp(TestAccounts.uniqueEmail(), "10.0.0.2")).andExpect(redirectedUrl("/account/recovery-codes"));

		this.clock.advance(Duration.ofHours(1));
		this.mvc.perform(signUp(third, "10.0.0.1"))
			.andExpect(redirectedUrl("/account/recovery-codes"))
			.andExpect(this.sessions.authenticatedAs(third));
	}

	@Test
	void formErrorsDoNotCountTowardsTheLimit() throws Exception {
		this.clock.set(MutableClockConfiguration.START.plus(Duration.ofDays(1)));
		for (int i = 0; i < 4; i++) {
			this.mvc.perform(signUp("not an email", "10.0.0.3")).andExpect(status().isOk());
		}
		this.mvc.perform(signUp(TestAccounts.uniqueEmail(), "10.0.0.3")).andExpect(redirectedUrl("/account/recovery-codes"));
	}

	private static MockHttpServletRequestBuilder signUp(String email, String client) {
		return post("/signup").with(csrf())
			.with((request) -> {
				request.setRemoteAddr(client);
				return request;
			})
			.param("email", email)
			.param("password", PASSWORD)
			.param("passwordConfirmation", PASSWORD)
			.param("timeZone", "UTC");
	}

}
