package app.rekindle.system;

import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import app.rekindle.testsupport.JournalTest;
import app.rekindle.testsupport.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Once signed in, a form's token lives in the session: the post after a page needs the session cookie
 * alone, never the cookie the visitor's token was kept in (the benchmark's clients, and any client that
 * keeps only the session, post this way).
 */
@JournalTest
class CsrfAfterSignInTests {

	private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestAccounts accounts;

	@Test
	void afterSignInTheSessionAloneCarriesTheFormsToken() throws Exception {
		String email = TestAccounts.uniqueEmail();
		this.accounts.create(email, ZoneId.of("UTC"));
		MvcResult loginPage = this.mvc.perform(get("/login")).andExpect(status().isOk()).andReturn();
		Cookie visitorToken = loginPage.getResponse().getCookie(VisitorCsrfTokenRepository.COOKIE);
		assertThat(visitorToken).isNotNull();

		MvcResult signIn = this.mvc.perform(post("/login").cookie(visitorToken)
			.param("email", email)
			.param("password", TestAccounts.PASSWORD)
			.param("_csrf", token(loginPage))).andExpect(redirectedUrl("/dashboard")).andReturn();
		Cookie session = signIn.getResponse().getCookie("JOURNAL_SESSION");
		assertThat(session).isNotNull();

		// The first page after sign-in, from a browser that still holds its visitor cookie: the token it
		// renders is the session's, and the visitor cookie is let go.
		MvcResult accountPage = this.mvc.perform(get("/account").cookie(session, visitorToken))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(accountPage.getResponse().getCookie(VisitorCsrfTokenRepository.COOKIE).getMaxAge()).isZero();
		this.mvc.perform(post("/account/time-zone").cookie(session)
			.param("timeZone", "Europe/Lisbon")
			.param("_csrf", token(accountPage))).andExpect(status().is3xxRedirection());
	}

	private static String token(MvcResult page) throws Exception {
		Matcher found = TOKEN.matcher(page.getResponse().getContentAsString());
		assertThat(found.find()).as("a form with a CSRF token").isTrue();
		return found.group(1);
	}

}
