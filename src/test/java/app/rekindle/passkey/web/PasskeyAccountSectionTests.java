package app.rekindle.passkey.web;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import app.rekindle.account.AccountUser;
import app.rekindle.passkey.Passkeys;
import app.rekindle.passkey.StoredPasskeys;
import app.rekindle.testsupport.JournalTest;
import app.rekindle.testsupport.MutableClock;
import app.rekindle.testsupport.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Passkeys section of the account page: the list with names and days, the name a new passkey is
 * given, removing one after asking, and another account's passkey, which is not there (404).
 */
@JournalTest
class PasskeyAccountSectionTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private StoredPasskeys stored;

	@Autowired
	private Passkeys passkeys;

	@Autowired
	private MutableClock clock;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void anAccountWithoutPasskeysIsToldSoAndOfferedTheFormThatAddsOne() throws Exception {
		AccountUser person = this.accounts.create();

		this.mvc.perform(get("/account").with(user(person)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h2 id=\"passkeys-heading\">Passkeys</h2>"),
					containsString("You have no passkeys yet."), containsString("data-passkey-add"),
					containsString("maxlength=\"60\""), containsString("/js/passkeys-"))));
	}

	@Test
	void thePasskeysAreListedWithTheirNamesTheDayEachWasAddedAndLastUsed() throws Exception {
		AccountUser person = this.accounts.create();
		this.stored.store(person.getUsername(), "My phone");
		this.clock.advance(Duration.ofDays(2));
		this.stored.store(person.getUsername(), "Laptop <b>at home</b>");

		String page = this.mvc.perform(get("/account").with(user(person)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("My phone", "Laptop &lt;b&gt;at home&lt;/b&gt;", "not used to log in yet")
			.doesNotContain("You have no passkeys yet.", "<b>at home</b>");
		assertThat(page.indexOf("My phone")).isLessThan(page.indexOf("Laptop"));
	}

	@Test
	void aPasskeysNameIsStoredEncrypted() {
		AccountUser person = this.accounts.create();
		String id = this.stored.store(person.getUsername(), "My phone");

		String label = this.jdbc.queryForObject("select label from user_credentials where credential_id = ?",
				String.class, id);

		assertThat(label).startsWith("v1:").doesNotContain("phone");
		assertThat(this.passkeys.get(person.getUsername(), id).name()).isEqualTo("My phone");
	}

	@Test
	void aNewPasskeyNeedsANameAndTheFormComesBackWithTheMessage() throws Exception {
		AccountUser person = this.accounts.create();

		this.mvc.perform(post("/account/passkeys").with(user(person)).with(csrf()).param("name", "  ")
			.param("credential", "{}"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Please give the passkey a name"),
					containsString("aria-invalid=\"true\""), not(containsString("value=\"{}\"")))));
	}

	@Test
	void aNameLongerThanSixtyCharactersIsRefusedAndKeptAsTyped() throws Exception {
		AccountUser person = this.accounts.create();
		String name = "p".repeat(Passkeys.MAX_NAME_LENGTH + 1);

		this.mvc.perform(post("/account/passkeys").with(user(person)).with(csrf()).param("name", name))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Please keep the name to 60 characters"),
					containsString("value=\"" + name + "\""))));
	}

	@Test
	void aGoodNameWithoutAPasskeyFromTheDeviceAddsNothingAndSaysSoCalmly() throws Exception {
		AccountUser person = this.accounts.create();

		for (String credential : new String[] { "", "not json", "{\"id\":\"x\"}", "[]" }) {
			this.mvc.perform(post("/account/passkeys").with(user(person)).with(csrf()).param("name", "My phone")
				.param("credential", credential))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("That passkey could not be added, and nothing has changed."),
						containsString("value=\"My phone\""))));
		}
		assertThat(this.passkeys.of(person.getUsername())).isEmpty();
	}

	@Test
	void removingAPasskeyAsksFirstThenRemovesItAndSaysSo() throws Exception {
		AccountUser person = this.accounts.create();
		String kept = this.stored.store(person.getUsername(), "Laptop");
		String id = this.stored.store(person.getUsername(), "Old phone");

		this.mvc.perform(get("/account/passkeys/{id}/remove", id).with(user(person)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Remove this passkey?"), containsString("Old phone"),
					containsString("/account/passkeys/" + id + "/delete"), containsString("href=\"/account#passkeys\""))));
		assertThat(this.passkeys.of(person.getUsername())).hasSize(2);

		this.mvc.perform(post("/account/passkeys/{id}/delete", id).with(user(person)).with(csrf()))
			.andExpect(redirectedUrl("/account#passkeys"))
			.andExpect(flash().attribute("passkeyNotice", "remove.passkey.done"));

		assertThat(this.passkeys.of(person.getUsername())).extracting("id").containsExactly(kept);
	}

	@Test
	void anotherAccountsPasskeyIsNotFoundAndStaysWhereItIs() throws Exception {
		AccountUser owner = this.accounts.create();
		AccountUser other = this.accounts.create();
		String id = this.stored.store(owner.getUsername(), "My phone");

		this.mvc.perform(get("/account/passkeys/{id}/remove", id).with(user(other))).andExpect(status().isNotFound());
		this.mvc.perform(post("/account/passkeys/{id}/delete", id).with(user(other)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/account").with(user(other)))
			.andExpect(content().string(allOf(containsString("You have no passkeys yet."),
					not(containsString("passkey-list__name")))));

		assertThat(this.passkeys.of(owner.getUsername())).extracting("id").containsExactly(id);
	}

	@Test
	void anAddressNamingNoPasskeyIsNotFound() throws Exception {
		AccountUser person = this.accounts.create();

		this.mvc.perform(get("/account/passkeys/{id}/remove", "bm90LWEta2V5").with(user(person)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/account/passkeys/{id}/remove", "%%%").with(user(person)))
			.andExpect(status().is4xxClientError());
	}

	@Test
	void deletingTheAccountDeletesItsPasskeys() throws Exception {
		AccountUser person = this.accounts.create();
		String id = this.stored.store(person.getUsername(), "My phone");

		this.mvc.perform(post("/account/delete").with(user(person)).with(csrf()).param("password", TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/?account-deleted"));

		assertThat(this.jdbc.queryForObject("select count(*) from user_credentials where credential_id = ?",
				Integer.class, id)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from user_entities where name = ?", Integer.class,
				person.getUsername())).isZero();
	}

}
