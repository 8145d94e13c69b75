package app.rekindle.system;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import app.rekindle.account.AccountClock;
import app.rekindle.account.AccountUser;
import app.rekindle.checkin.CheckInService;
import app.rekindle.journey.Journey;
import app.rekindle.reflection.EntryKind;
import app.rekindle.reflection.ReflectionService;
import app.rekindle.testsupport.BrowserSession;
import app.rekindle.testsupport.StoredSessions;
import app.rekindle.testsupport.TestAccounts;
import app.rekindle.testsupport.TestJourneys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The request log names every request (method, path, status, duration) and never what a person
 * typed: through sign-up, log-in, a check-in and a reflection entry, neither the password nor the
 * journal text reaches the output, nor a calendar feed's secret or a query string.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class RequestLogTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private TestJourneys journeys;

	@Autowired
	private CheckInService checkIns;

	@Autowired
	private AccountClock accountClock;

	@Autowired
	private ReflectionService reflection;

	@Autowired
	private StoredSessions sessions;

	@Test
	void logsEveryRequestWithoutPasswordsJournalTextOrSecrets(CapturedOutput output) throws Exception {
		String marker = UUID.randomUUID().toString().replace("-", "");
		String email = TestAccounts.uniqueEmail();
		String password = "lantern-" + marker.substring(0, 12) + "-harbour";
		String note = "note-marker-" + marker;
		String entry = "entry-marker-" + marker;
		String feedToken = "feedsecret" + marker;
		String query = "querymarker" + marker;

		BrowserSession browser = this.sessions.browser(this.mvc);
		browser
			.perform(post("/signup").with(csrf())
				.param("email", email)
				.param("password", password)
				.param("passwordConfirmation", password)
				.param("timeZone", "UTC"))
			.andExpect(status().is3xxRedirection());
		assertThat(browser.signedInAs()).contains(email);
		this.mvc.perform(post("/login").with(csrf()).param("email", email).param("password", password))
			.andExpect(redirectedUrl("/dashboard"));

		AccountUser user = (AccountUser) this.users.loadUserByUsername(email);
		Journey journey = this.journeys.start(user);
		LocalDate today = this.accountClock.today(user.accountId());

		browser.perform(post("/checkin/{day}", today)
			.with(csrf())
			.param("mood", "4")
			.param("urge", "3")
			.param("contact", "NONE")
			.param("note", note)).andExpect(redirectedUrl("/dashboard"));
		browser.perform(post("/journeys/{id}/reflection/causes", journey.getId())
			.with(csrf())
			.param("category", "COMMUNICATION")
			.param("body", entry)).andExpect(redirectedUrl("/journeys/" + journey.getId() + "/reflection/causes"));
		browser.perform(get("/journeys/{id}/reflection/causes", journey.getId()).queryParam("q", query))
			.andExpect(status().isOk());
		this.mvc.perform(get("/calendar/{token}.ics", feedToken));

		// The text really went through the forms, so its absence from the log means something.
		assertThat(this.checkIns.on(user.accountId(), today).orElseThrow().getNote()).isEqualTo(note);
		assertThat(this.reflection.entries(user.accountId(), journey.getId(), EntryKind.CAUSE))
			.anySatisfy((saved) -> assertThat(saved.getBody()).isEqualTo(entry));

		assertThat(output.getOut()).contains("method=POST path=/signup status=302 durationMs=",
				"method=POST path=/login status=302 durationMs=",
				"method=POST path=/checkin/" + today + " status=302 durationMs=",
				"method=POST path=/journeys/" + journey.getId() + "/reflection/causes status=302 durationMs=",
				"method=GET path=/journeys/" + journey.getId() + "/reflection/causes status=200 durationMs=",
				"method=GET path=/calendar/***.ics status=404 durationMs=");
		assertThat(output.getAll()).doesNotContain(password, note, entry, marker, feedToken, query);
	}

}
