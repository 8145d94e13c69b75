package app.rekindle.account.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import app.rekindle.account.AccountUser;
import app.rekindle.testsupport.BrowserSession;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Sign-up ends on the recovery codes, shown once, kept only as hashes, and downloadable as a text file. */
@JournalTest
class RecoveryCodesPageTests {

	static final Pattern CODE = Pattern.compile("<code>([a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4})</code>");

	private static final String PASSWORD = "a calm and steady river";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private StoredSessions sessions;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void signingUpShowsTenCodesOnceBeforeTheJournal() throws Exception {
		BrowserSession browser = this.sessions.browser(this.mvc);
		String email = TestAccounts.uniqueEmail();
		signUp(browser, email);

		String page = browser.perform(get("/account/recovery-codes")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		List<String> codes = codesIn(page);
		assertThat(codes).hasSize(10).doesNotHaveDuplicates();
		assertThat(page).contains("Welcome. Your journal is ready", "one of these codes lets you choose a new one",
				"Save as a text file", "Continue to your journal", "href=\"/dashboard\"");

		String again = browser.perform(get("/account/recovery-codes")).andExpect(status().isOk()).andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(codesIn(again)).as("a reload shows them no more").isEmpty();
		assertThat(again).contains("shown only once", "You have 10 recovery codes left.", "make a new set")
			.doesNotContain(codes.get(0));
	}

	@Test
	void storesOnlyHashesOfTheCodes() throws Exception {
		BrowserSession browser = this.sessions.browser(this.mvc);
		String email = TestAccounts.uniqueEmail();
		signUp(browser, email);
		List<String> codes = codesIn(browser.perform(get("/account/recovery-codes")).andReturn().getResponse()
			.getContentAsString());

		List<String> stored = this.jdbc.sql("select code_hash from recovery_code rc join account a on a.id = rc.account_id where a.email = ?")
			.param(email)
			.query(String.class)
			.list();
		assertThat(stored).hasSize(10).allMatch((hash) -> hash.matches("[0-9a-f]{64}"));
		assertThat(stored).doesNotContainAnyElementsOf(codes);
	}

	@Test
	void theShownCodesComeBackAsATextFile() throws Exception {
		AccountUser person = this.accounts.create();
		List<String> codes = List.of("7kd4-qm2x-p9ht", "zz22-3456-abcd");

		MvcResult result = this.mvc.perform(post("/account/recovery-codes/download").with(user(person)).with(csrf())
				.param("code", codes.get(0), codes.get(1), "<script>alert(1)</script>"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/plain;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"journal-recovery-codes.txt\""))
			.andReturn();

		String text = result.getResponse().getContentAsString();
		assertThat(text).contains("Recovery codes for your journal", "    7kd4-qm2x-p9ht\n", "    zz22-3456-abcd\n",
				"Each code works once").doesNotContain("script");
	}

	@Test
	void aDownloadWithoutCodesGoesBackToThePage() throws Exception {
		this.mvc.perform(post("/account/recovery-codes/download").with(user(this.accounts.create())).with(csrf())
				.param("code", "not a code"))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl("/account/recovery-codes"));
	}

	@Test
	void theCodesPageAndItsDownloadNeedASignedInAccount() throws Exception {
		this.mvc.perform(get("/account/recovery-codes")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(post("/account/recovery-codes/download").with(csrf()).param("code", "7kd4-qm2x-p9ht"))
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void anAccountMadeWithoutTheFormHasNoCodesAndIsToldHowToMakeThem() throws Exception {
		this.mvc.perform(get("/account/recovery-codes").with(user(this.accounts.create())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You have no recovery codes left.")))
			.andExpect(content().string(not(containsString("Save as a text file"))));
	}

	void signUp(BrowserSession browser, String email) throws Exception {
		browser.perform(post("/signup").with(csrf())
				.param("email", email)
				.param("password", PASSWORD)
				.param("passwordConfirmation", PASSWORD)
				.param("timeZone", "Europe/Lisbon"))
			.andExpect(redirectedUrl("/account/recovery-codes"))
			.andExpect(this.sessions.authenticatedAs(email));
	}

	static List<String> codesIn(String page) {
		Matcher matcher = CODE.matcher(page);
		return matcher.results().map((match) -> match.group(1)).toList();
	}

}
