package app.rekindle.account.web;

import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import app.rekindle.account.AccountService;
import app.rekindle.account.AccountUser;
import app.rekindle.account.TimeZones;
import app.rekindle.testsupport.JournalTest;
import app.rekindle.testsupport.StoredSessions;
import app.rekindle.testsupport.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.anyOf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@JournalTest
class SignUpControllerTests {

	private static final String GOOD_PASSWORD = "a calm and steady river";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private StoredSessions sessions;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private AccountService accountService;

	@Test
	void showsTheFormWithNoZoneChosenGroupedZonesAndTheDetectionHook() throws Exception {
		MvcResult result = this.mvc.perform(get("/signup"))
			.andExpect(status().isOk())
			.andExpect(view().name(SignUpController.VIEW_SIGN_UP_FORM))
			.andExpect(content().string(containsString("data-detect-zone=\"true\"")))
			.andReturn();
		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		Element select = page.selectFirst("select#timeZone");
		Element first = select.selectFirst("option");
		assertThat(first.attr("value")).isEmpty();
		assertThat(first.text()).isEqualTo("Choose your time zone");
		assertThat(select.select("option[selected]")).as("nothing chosen unseen, UTC least of all").isEmpty();
		assertThat(select.select("optgroup").eachAttr("label")).startsWith("Africa", "Americas").contains("Europe");
		assertThat(select.selectFirst("optgroup[label=Europe] option[value=Europe/Lisbon]").text()).startsWith("Lisbon (");
		assertThat(page.selectFirst("label[for=timeZone]").text()).isEqualTo("Your time zone");
	}

	@Test
	void signsUpSignsInAndLandsOnItsRecoveryCodes() throws Exception {
		String email = TestAccounts.uniqueEmail();
		this.mvc.perform(signUp(email, GOOD_PASSWORD, GOOD_PASSWORD, "Europe/Lisbon"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/account/recovery-codes"))
			.andExpect(flash().attribute("notice", "signup.welcome"))
			.andExpect(this.sessions.authenticatedAs(email));
	}

	@Test
	void savesTheChosenZone() throws Exception {
		String email = TestAccounts.uniqueEmail();
		this.mvc.perform(signUp(email, GOOD_PASSWORD, GOOD_PASSWORD, "America/Sao_Paulo"))
			.andExpect(redirectedUrl("/account/recovery-codes"));

		AccountUser user = (AccountUser) this.users.loadUserByUsername(email);
		assertThat(this.accountService.get(user.accountId()).getTimeZone()).isEqualTo(ZoneId.of("America/Sao_Paulo"));
	}

	@Test
	void asksForAZoneWhenNoneIsChosenAndKeepsEverythingElseButThePasswords() throws Exception {
		String email = TestAccounts.uniqueEmail();
		for (MockHttpServletRequestBuilder request : List.of(signUp(email, GOOD_PASSWORD, GOOD_PASSWORD, ""),
				signUp(email, GOOD_PASSWORD, GOOD_PASSWORD, null))) {
			MvcResult result = this.mvc.perform(request)
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("form", "timeZone", "SelectableTimeZone"))
				.andExpect(content().string(containsString("Please choose your time zone, so that your days begin at your own midnight.")))
				.andExpect(this.sessions.unauthenticated())
				.andReturn();
			Document page = Jsoup.parse(result.getResponse().getContentAsString());
			assertThat(page.selectFirst("#email").attr("value")).isEqualTo(email);
			assertThat(page.selectFirst("select#timeZone").attr("aria-describedby")).isEqualTo("timeZone-hint timeZone-error");
			assertThat(page.selectFirst("select#timeZone").attr("aria-invalid")).isEqualTo("true");
			assertThat(page.selectFirst("select#timeZone option").attr("value")).isEmpty();
			assertThat(result.getResponse().getContentAsString()).doesNotContain(GOOD_PASSWORD);
		}
		assertThatThrownBy(() -> this.users.loadUserByUsername(email)).as("no account was made")
			.isInstanceOf(UsernameNotFoundException.class);
	}

	@Test
	void keepsTheChosenZoneWhenAnotherFieldIsRefused() throws Exception {
		MvcResult result = this.mvc.perform(signUp("not an email", GOOD_PASSWORD, GOOD_PASSWORD, "Asia/Kolkata"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "email"))
			.andReturn();
		Document page = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(page.select("select#timeZone option[selected]").eachAttr("value")).containsExactly("Asia/Kolkata");
		assertThat(page.selectFirst("select#timeZone option").attr("value")).as("no empty choice once one is made")
			.isEqualTo(page.selectFirst("select#timeZone optgroup option").attr("value"));
		assertThat(page.selectFirst("#email").attr("value")).isEqualTo("not an email");
	}

	@Test
	void storesTheEmailInLowerCaseAndSignsInWithAnyCase() throws Exception {
		String email = TestAccounts.uniqueEmail();
		this.mvc.perform(signUp("  " + email.toUpperCase() + " ", GOOD_PASSWORD, GOOD_PASSWORD, "UTC"))
			.andExpect(this.sessions.authenticatedAs(email));
	}

	static Stream<Arguments> invalidSignUps() {
		String email = "kept-" + System.nanoTime() + "@example.org";
		return Stream.of(
				Arguments.of("missing email", "", GOOD_PASSWORD, GOOD_PASSWORD, "UTC", "email",
						"Please enter your email address."),
				Arguments.of("not an email", "sam.example.org", GOOD_PASSWORD, GOOD_PASSWORD, "UTC", "email",
						"This doesn&#39;t look like an email address."),
				Arguments.of("email without a domain dot", "sam@example", GOOD_PASSWORD, GOOD_PASSWORD, "UTC", "email",
						"This doesn&#39;t look like an email address."),
				Arguments.of("email too long", "a".repeat(250) + "@example.org", GOOD_PASSWORD, GOOD_PASSWORD, "UTC",
						"email", "longer than 254 characters"),
				Arguments.of("password too short", email, "nine char", "nine char", "UTC", "password",
						"at least 10 characters."),
				Arguments.of("password too long", email, "x".repeat(129), "x".repeat(129), "UTC", "password",
						"128 characters or fewer."),
				Arguments.of("common password", email, "Password123", "Password123", "UTC", "password",
						"list of very common passwords"),
				Arguments.of("passwords differ", email, GOOD_PASSWORD, GOOD_PASSWORD + "!", "UTC",
						"passwordConfirmation", "The two passwords are not the same."),
				Arguments.of("unknown time zone", email, GOOD_PASSWORD, GOOD_PASSWORD, "Mars/Olympus_Mons", "timeZone",
						"Please choose a time zone from the list."),
				Arguments.of("legacy zone alias", email, GOOD_PASSWORD, GOOD_PASSWORD, "US/Pacific", "timeZone",
						"Please choose a time zone from the list."),
				Arguments.of("no time zone chosen", email, GOOD_PASSWORD, GOOD_PASSWORD, "", "timeZone",
						"Please choose your time zone"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidSignUps")
	void refusesInvalidInputWithAMessageOnTheFormAndKeepsTheEmail(String description, String email, String password,
			String confirmation, String zone, String field, String message) throws Exception {
		MvcResult result = this.mvc.perform(signUp(email, password, confirmation, zone))
			.andExpect(status().isOk())
			.andExpect(view().name(SignUpController.VIEW_SIGN_UP_FORM))
			.andExpect(model().attributeHasFieldErrors("form", field))
			.andExpect(content().string(containsString(message)))
			.andExpect(content().string(anyOf(containsString("aria-describedby=\"" + field + "-error\""),
					containsString("aria-describedby=\"" + field + "-hint " + field + "-error\""))))
			.andExpect(this.sessions.unauthenticated())
			.andReturn();
		String html = result.getResponse().getContentAsString();
		if (!email.isEmpty() && email.length() < 254) {
			assertThat(html).contains("value=\"" + email + "\"");
		}
		if (TimeZones.isSelectable(zone)) {
			assertThat(html).as("the chosen zone is kept").contains("<option value=\"" + zone + "\" selected=\"selected\">");
		}
		assertThat(html).as("a password is never written back into the page").doesNotContain(GOOD_PASSWORD);
	}

	@Test
	void refusesAnEmailThatIsRegisteredInAnotherLetterCase() throws Exception {
		String email = TestAccounts.uniqueEmail();
		this.accounts.create(email, java.time.ZoneId.of("UTC"));
		String sameInCapitals = email.toUpperCase();

		this.mvc.perform(signUp(sameInCapitals, GOOD_PASSWORD, GOOD_PASSWORD, "UTC"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "email", "signup.email.taken"))
			.andExpect(content().string(containsString("There is already an account with this email.")))
			.andExpect(content().string(containsString("value=\"" + sameInCapitals + "\"")))
			.andExpect(this.sessions.unauthenticated());
	}

	@Test
	void sendsSomeoneSignedInToTheirDashboard() throws Exception {
		this.mvc.perform(get("/signup").with(user(this.accounts.create())))
			.andExpect(redirectedUrl("/dashboard"));
	}

	@Test
	void ignoresFieldsTheFormDoesNotHave() throws Exception {
		String email = TestAccounts.uniqueEmail();
		this.mvc.perform(signUp(email, GOOD_PASSWORD, GOOD_PASSWORD, "UTC").param("id", "1").param("version", "7"))
			.andExpect(redirectedUrl("/account/recovery-codes"));
	}

	@Test
	void refusesASignUpWithoutCsrfToken() throws Exception {
		this.mvc
			.perform(post("/signup").param("email", TestAccounts.uniqueEmail())
				.param("password", GOOD_PASSWORD)
				.param("passwordConfirmation", GOOD_PASSWORD)
				.param("timeZone", "UTC"))
			.andExpect(status().isForbidden())
			.andExpect(this.sessions.unauthenticated());
	}

	private static MockHttpServletRequestBuilder signUp(String email, String password, String confirmation,
			String zone) {
		MockHttpServletRequestBuilder request = post("/signup").with(csrf())
			.param("email", email)
			.param("password", password)
			.param("passwordConfirmation", confirmation);
		return (zone != null) ? request.param("timeZone", zone) : request;
	}

}
