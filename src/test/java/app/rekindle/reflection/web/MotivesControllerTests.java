package app.rekindle.reflection.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import app.rekindle.account.AccountUser;
import app.rekindle.journey.Journey;
import app.rekindle.progression.Stage;
import app.rekindle.reflection.Motive;
import app.rekindle.reflection.ReflectionService;
import app.rekindle.testsupport.JournalTest;
import app.rekindle.testsupport.TestAccounts;
import app.rekindle.testsupport.TestJourneys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@JournalTest
class MotivesControllerTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private TestJourneys journeys;

	@Autowired
	private ReflectionService reflection;

	@Test
	void savesTheTickedMotivesAndTheNote() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);
		this.mvc.perform(post(url(journey)).with(user(user)).with(csrf())
			.param("motives", "BOTH_CHANGED", "LONELY")
			.param("note", "We talked about it honestly last spring."))
			.andExpect(redirectedUrl(url(journey)))
			.andExpect(flash().attribute("notice", "motives.saved"));

		assertThat(this.reflection.motivesCheck(user.accountId(), journey.getId())).hasValueSatisfying((check) -> {
			assertThat(check.getMotives()).containsExactlyInAnyOrder(Motive.BOTH_CHANGED, Motive.LONELY);
			assertThat(check.getNote()).isEqualTo("We talked about it honestly last spring.");
		});
		String page = this.mvc.perform(get(url(journey)).with(user(user)))
			.andExpect(content().string(not(containsString("A gentle note"))))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).containsPattern("value=\"BOTH_CHANGED\"[^>]*checked=\"checked\"")
			.doesNotContainPattern("value=\"NOSTALGIC\"[^>]*checked=\"checked\"");
	}

	@Test
	void addsAGentleNoteWhenOnlyLonelinessTypeMotivesAreTicked() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);
		this.mvc.perform(post(url(journey)).with(user(user)).with(csrf()).param("motives", "LONELY", "NOSTALGIC",
				"AFRAID_OF_BEING_ALONE"))
			.andExpect(flash().attribute("notice", "motives.savedWithNote"));
		this.mvc.perform(get(url(journey)).with(user(user)))
			.andExpect(content().string(containsString("A gentle note")))
			.andExpect(content().string(containsString("wait a little longer")));
		assertThat(this.journeys.stageOf(journey.getId())).as("a note, not a block").isEqualTo("REFLECTION");
	}

	@Test
	void asksForAtLeastOneMotiveAndKeepsTheNote() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);
		this.mvc.perform(post(url(journey)).with(user(user)).with(csrf()).param("note", "Not sure yet"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "motives"))
			.andExpect(content().string(containsString("Please tick at least one reason.")))
			.andExpect(content().string(containsString(">Not sure yet</textarea>")));
		assertThat(this.reflection.motivesCheck(user.accountId(), journey.getId())).isEmpty();
	}

	@Test
	void refusesATooLongNoteAndAnUnknownMotive() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);
		String note = "y".repeat(EntryForm.TEXT_MAX + 1);
		this.mvc.perform(post(url(journey)).with(user(user)).with(csrf()).param("motives", "LONELY").param("note", note))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please keep this to 2,000 characters.")))
			.andExpect(content().string(containsString(">" + note + "</textarea>")));
		this.mvc.perform(post(url(journey)).with(user(user)).with(csrf()).param("motives", "REVENGE"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "motives"));
		assertThat(this.reflection.motivesCheck(user.accountId(), journey.getId())).isEmpty();
	}

	@Test
	void isReadOnlyAfterReflection() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);
		this.journeys.putInStage(journey.getId(), Stage.NO_CONTACT);
		this.mvc.perform(get(url(journey)).with(user(user)))
			.andExpect(content().string(containsString("disabled=\"disabled\"")))
			.andExpect(content().string(not(containsString("Save my answers"))));
		this.mvc.perform(post(url(journey)).with(user(user)).with(csrf()).param("motives", "LONELY"))
			.andExpect(flash().attribute("notice", "reflection.closed"));
	}

	private static String url(Journey journey) {
		return "/journeys/" + journey.getId() + "/reflection/motives";
	}

}
