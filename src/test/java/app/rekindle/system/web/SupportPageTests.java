package app.rekindle.system.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import app.rekindle.account.AccountUser;
import app.rekindle.system.SupportProperties;
import app.rekindle.testsupport.JournalTest;
import app.rekindle.testsupport.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@JournalTest
class SupportPageTests {

	private static final String SUPPORT_LINK = "<a class=\"support-link\" href=\"/support\"";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private SupportProperties support;

	@Test
	void theSupportPageIsOpenWithoutSigningInAndListsEveryConfiguredResource() throws Exception {
		String page = this.mvc.perform(get("/support"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains(this.support.emergencyNote()).contains("When to reach for more than a journal");
		for (SupportProperties.Resource resource : this.support.resources()) {
			assertThat(page).contains(resource.name()).contains(resource.url().toString());
		}
		// Signed out there is no pause to offer: it belongs to a journal.
		assertThat(page).doesNotContain("href=\"/pause\"");
	}

	@Test
	void everyPageLinksToSupportSignedInOrOut() throws Exception {
		for (String page : new String[] { "/", "/login", "/signup", "/support" }) {
			this.mvc.perform(get(page)).andExpect(content().string(containsString(SUPPORT_LINK)));
		}
		AccountUser user = this.accounts.create();
		for (String page : new String[] { "/dashboard", "/history", "/summary", "/account", "/pause", "/letters" }) {
			this.mvc.perform(get(page).with(user(user)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(SUPPORT_LINK)));
		}
	}

}
