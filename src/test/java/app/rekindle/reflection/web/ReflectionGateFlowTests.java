package app.rekindle.reflection.web;

import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import app.rekindle.account.AccountUser;
import app.rekindle.journey.Journey;
import app.rekindle.progression.RulesProperties;
import app.rekindle.reflection.BreakupCause;
import app.rekindle.reflection.EntryContent;
import app.rekindle.reflection.EntryKind;
import app.rekindle.reflection.Motive;
import app.rekindle.reflection.ReflectionService;
import app.rekindle.reflection.SafetyAnswers;
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

/**
 * Gate 1→2 end to end: through the real pages, data and rules, it opens exactly when every
 * requirement of the gate is met, and until then the dashboard lists what is missing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReflectionGateFlowTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private TestJourneys journeys;

	@Autowired
	private ReflectionService reflection;

	@Autowired
	private RulesProperties rules;

	@Test
	void opensExactlyWhenEveryRequirementIsMet() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);
		long id = journey.getId();
		RulesProperties.Reflection r = this.rules.reflection();

		expectClosed(user, journey, "Name at least one cause of the breakup");
		for (int i = 0; i < r.minCauses(); i++) {
			this.reflection.add(user.accountId(), id, new EntryContent(EntryKind.CAUSE, BreakupCause.COMMUNICATION, "We stopped talking", null));
		}
		for (int i = 0; i < r.minMistakes() - 1; i++) {
			this.reflection.add(user.accountId(), id, new EntryContent(EntryKind.MISTAKE, null, "I went quiet", "Say it the same day"));
		}
		expectClosed(user, journey, "Write down one more of your own mistakes");
		this.reflection.add(user.accountId(), id, new EntryContent(EntryKind.MISTAKE, null, "I worked late", "Home by seven"));
		for (int i = 0; i < r.minTriggers(); i++) {
			this.reflection.add(user.accountId(), id, new EntryContent(EntryKind.TRIGGER, null, "Sunday evenings", null));
		}
		this.reflection.add(user.accountId(), id, new EntryContent(EntryKind.GROWTH, null, "I sleep better", null));
		expectClosed(user, journey, "Answer the motives check");
		this.reflection.answerMotives(user.accountId(), id, Set.of(Motive.BOTH_CHANGED), null);
		expectClosed(user, journey, "Answer the short safety questions");
		this.reflection.answerSafetyScreen(user.accountId(), id, new SafetyAnswers(false, false, false, false, false, false, false, false));

		this.mvc.perform(get("/journeys/" + journey.getId()).with(user(user)))
			.andExpect(content().string(containsString("5 of 5 done")))
			.andExpect(content().string(containsString("Everything above is done.")));
		this.mvc.perform(advance(user, journey)).andExpect(flash().attribute("notice", "journey.advanced.NO_CONTACT"));
		assertThat(this.journeys.stageOf(id)).isEqualTo("NO_CONTACT");
		this.mvc.perform(get("/journeys/" + journey.getId()).with(user(user)))
			.andExpect(content().string(containsString("Step 2 of 5")))
			.andExpect(content().string(containsString("Read your reflection")))
			.andExpect(content().string(not(containsString("Work on your reflection"))));
	}

	/** The journey's page names what is missing, and Advance is refused, leaving the stage as it was. */
	private void expectClosed(AccountUser user, Journey journey, String missing) throws Exception {
		this.mvc.perform(get("/journeys/" + journey.getId()).with(user(user))).andExpect(content().string(containsString(missing)));
		this.mvc.perform(advance(user, journey)).andExpect(flash().attribute("advanceRefused", true));
		assertThat(this.journeys.stageOf(journey.getId())).isEqualTo("REFLECTION");
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder advance(AccountUser user,
			Journey journey) {
		return post("/journeys/{id}/advance", journey.getId()).with(user(user)).with(csrf()).param("stage", "REFLECTION");
	}

}
