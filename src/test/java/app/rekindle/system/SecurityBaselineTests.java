package app.rekindle.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import app.rekindle.testsupport.JournalTest;
import app.rekindle.testsupport.TestAccounts;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@JournalTest
class SecurityBaselineTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestAccounts accounts;

	@ParameterizedTest
	@ValueSource(strings = { "/dashboard", "/account", "/some/page/nobody/made", "/calendar",
			"/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "/calendar/x.ics/more" })
	void sendsVisitorsOfPrivatePagesToLogIn(String path) throws Exception {
		this.mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/signup", "/login", "/css/app.css", "/js/quick-exit.js", "/favicon.svg" })
	void servesThePublicPagesToEveryone(String path) throws Exception {
		this.mvc.perform(get(path)).andExpect(status().isOk());
	}

	/** Health and metrics live on the management port (see OperationsEndpointsTests); here they do not exist. */
	@ParameterizedTest
	@ValueSource(strings = { "/actuator", "/actuator/health", "/actuator/health/readiness", "/actuator/prometheus",
			"/actuator/anything" })
	void answersNotFoundForActuatorPathsSignedInOrNot(String path) throws Exception {
		this.mvc.perform(get(path)).andExpect(status().isNotFound());
		this.mvc.perform(get(path).with(user(this.accounts.create()))).andExpect(status().isNotFound());
	}

	@Test
	void sendsTheSecurityHeadersWithASignedInPage() throws Exception {
		this.mvc.perform(get("/dashboard").with(user(this.accounts.create())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
			.andExpect(header().string("Referrer-Policy", "no-referrer"))
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

	@Test
	void neverAllowsInlineScript() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.not(containsString("unsafe-inline"))));
	}

	/** Only reading a calendar feed is open to everyone; nothing can be sent to its address. */
	@Test
	void keepsTheCalendarFeedAddressReadOnly() throws Exception {
		this.mvc.perform(post("/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics").with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void refusesAPasswordChangeWithoutCsrfToken() throws Exception {
		this.mvc
			.perform(post("/account/password").with(user(this.accounts.create()))
				.param("currentPassword", TestAccounts.PASSWORD)
				.param("newPassword", "another calm sentence")
				.param("newPasswordConfirmation", "another calm sentence"))
			.andExpect(status().isForbidden());
	}

	@Test
	void refusesAPasswordChangeWithAForgedCsrfToken() throws Exception {
		this.mvc
			.perform(post("/account/time-zone").with(user(this.accounts.create()))
				.with(csrf().useInvalidToken())
				.param("timeZone", "Asia/Tokyo"))
			.andExpect(status().isForbidden());
	}

}
