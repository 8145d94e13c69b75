package app.rekindle.passkey.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import app.rekindle.account.AccountUser;
import app.rekindle.testsupport.JournalTest;
import app.rekindle.testsupport.TestAccounts;

import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

/**
 * Spring Security's passkey routes as this site has them: each needs the CSRF token, making a passkey
 * needs a signed-in account, the relying party is the configured one, an answer that does not check out
 * signs no one in, and the JSON routes that would store or delete a passkey around the account page's
 * forms are not there.
 */
@JournalTest
class PasskeyEndpointsTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestAccounts accounts;

	@Test
	void theOptionsForANewPasskeyNeedTheCsrfTokenAndASignedInAccount() throws Exception {
		AccountUser person = this.accounts.create();

		this.mvc.perform(post("/webauthn/register/options").with(user(person))).andExpect(status().isForbidden());
		this.mvc.perform(post("/webauthn/register/options").with(csrf())).andExpect(status().isBadRequest());
		this.mvc.perform(post("/webauthn/register/options").with(user(person)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.rp.id").value("localhost"))
			.andExpect(jsonPath("$.rp.name").value("Journal"))
			.andExpect(jsonPath("$.user.name").value(person.getUsername()))
			.andExpect(jsonPath("$.challenge").value(not(emptyString())))
			.andExpect(jsonPath("$.authenticatorSelection.residentKey").value("required"));
	}

	@Test
	void theOptionsForLoggingInNeedTheCsrfTokenOnly() throws Exception {
		this.mvc.perform(post("/webauthn/authenticate/options")).andExpect(status().isForbidden());
		this.mvc.perform(post("/webauthn/authenticate/options").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rpId").value("localhost"))
			.andExpect(jsonPath("$.challenge").value(not(emptyString())));
	}

	@Test
	void anAnswerThatDoesNotCheckOutSignsNoOneIn() throws Exception {
		this.mvc.perform(post("/login/webauthn").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/login/webauthn").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
				{"id":"AAAA","rawId":"AAAA","type":"public-key","response":{"authenticatorData":"AAAA",
				"clientDataJSON":"AAAA","signature":"AAAA"},"clientExtensionResults":{}}"""))
			.andExpect(status().isUnauthorized())
			.andExpect(unauthenticated());
		this.mvc.perform(post("/login/webauthn").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("not json"))
			.andExpect(status().isUnauthorized())
			.andExpect(unauthenticated());
	}

	@Test
	void springSecuritysJsonRoutesForStoringAndDeletingAPasskeyAreNotThere() throws Exception {
		AccountUser person = this.accounts.create();

		this.mvc.perform(post("/webauthn/register").with(user(person)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isNotFound());
		this.mvc.perform(delete("/webauthn/register/{id}", "AAAA").with(user(person)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/webauthn/register").with(user(person))).andExpect(status().isNotFound());
	}

	@Test
	void theLogInPageOffersAPasskeyOnlyThroughItsScriptAndKeepsThePasswordForm() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.allOf(
					org.hamcrest.Matchers.containsString("<div class=\"passkey-sign-in\" hidden data-passkey-sign-in"),
					org.hamcrest.Matchers.containsString("Log in with a passkey"),
					org.hamcrest.Matchers.containsString("/js/passkeys-"),
					org.hamcrest.Matchers.containsString("name=\"password\""))));
	}

}
