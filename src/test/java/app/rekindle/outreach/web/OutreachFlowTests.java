package app.rekindle.outreach.web;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import com.ibm.icu.text.RuleBasedNumberFormat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import app.rekindle.account.AccountUser;
import app.rekindle.journey.Journey;
import app.rekindle.outreach.Channel;
import app.rekindle.outreach.ConversationKind;
import app.rekindle.outreach.Draft;
import app.rekindle.outreach.DraftContent;
import app.rekindle.outreach.OutreachService;
import app.rekindle.progression.RulesProperties;
import app.rekindle.progression.Stage;
import app.rekindle.testsupport.MutableClock;
import app.rekindle.testsupport.MutableClockConfiguration;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** Reaching out over days on a clock the test moves: the rest, the pacing, the gate, a step back and a "no". */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class OutreachFlowTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private MutableClock clock;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private TestJourneys journeys;

	@Autowired
	private OutreachService outreach;

	@Autowired
	private RulesProperties rules;

	@Autowired
	private JdbcTemplate jdbc;

	private AccountUser user;

	private Journey journey;

	@BeforeEach
	void aJourneyReachingOut() {
		this.clock.set(MutableClockConfiguration.START);
		this.user = this.accounts.create(TestAccounts.uniqueEmail(), ZoneId.of("Europe/Berlin"));
		this.journey = this.journeys.start(this.user);
		this.journeys.putInStage(this.journey.getId(), Stage.REACHING_OUT);
	}

	@Test
	void aDraftCanBeMarkedSentOnlyAfterItHasRestedAFullDay() throws Exception {
		Draft draft = write("Hi, the bakery reopened. Hope you are well.");
		int hours = this.rules.outreach().coolingHours();

		this.clock.advance(Duration.ofHours(hours).minusMinutes(1));
		this.mvc.perform(markSent(draft)).andExpect(flash().attribute("notice", "draft.send.RESTING"));
		this.clock.advance(Duration.ofMinutes(1));
		this.mvc.perform(markSent(draft)).andExpect(flash().attribute("notice", "draft.sent"));

		assertThat(this.outreach.draft(this.user.accountId(), this.journey.getId(), draft.getId()).isSent()).isTrue();
	}

	@Test
	void changingADraftRestartsItsRest() throws Exception {
		Draft draft = write("Hi there");
		this.clock.advance(Duration.ofHours(20));
		this.mvc.perform(post(OutreachPagesTests.draftUrl(this.journey, draft) + "/edit").with(user(this.user)).with(csrf())
			.param("channel", "TEXT").param("body", "Hi there, hope your week is calm"));
		this.clock.advance(Duration.ofHours(5));
		this.mvc.perform(markSent(draft)).andExpect(flash().attribute("notice", "draft.send.RESTING"));
	}

	@Test
	void afterAnUnansweredMessageTheNextWaitsAWeekAndTwoInARowSuggestAStepBack() throws Exception {
		int pause = this.rules.outreach().daysAfterUnansweredMessage();
		Draft first = sentAfterRest("First message");
		Draft second = write("Second message");
		this.clock.advance(Duration.ofDays(pause).minusDays(1).minusHours(1));
		this.mvc.perform(markSent(second)).andExpect(flash().attribute("notice", "draft.send.PACING"));
		this.mvc.perform(get(OutreachPagesTests.draftUrl(this.journey, second)).with(user(this.user)))
			.andExpect(content().string(containsString("can be marked sent from")));
		this.clock.advance(Duration.ofDays(1).plusHours(2));
		this.mvc.perform(markSent(second)).andExpect(flash().attribute("notice", "draft.sent"));

		this.mvc.perform(get("/journeys/{id}/outreach", this.journey.getId()).with(user(this.user)))
			.andExpect(content().string(containsString("2 messages in a row have had no answer.")))
			.andExpect(content().string(containsString("Go back to no contact")));
		assertThat(first.getId()).isNotEqualTo(second.getId());
	}

	@Test
	void goingBackToNoContactIsARealStepAndRestartsTheCount() throws Exception {
		this.clock.advance(Duration.ofDays(10));
		this.mvc.perform(post("/journeys/{id}/outreach/back-to-no-contact", this.journey.getId()).with(user(this.user)).with(csrf()))
			.andExpect(redirectedUrl("/dashboard"))
			.andExpect(flash().attribute("notice", "outreach.backToNoContact"));

		assertThat(this.journeys.stageOf(this.journey.getId())).isEqualTo("NO_CONTACT");
		assertThat(this.journeys.timelineEntries(this.journey.getId(), "BACK_TO_NO_CONTACT")).isEqualTo(1);
		this.mvc.perform(get("/journeys/{id}", this.journey.getId()).with(user(this.user)))
			.andExpect(content().string(containsString("<span class=\"timer__number\">0</span>")))
			.andExpect(content().string(containsString("Went back to no contact")));
		this.clock.advance(Duration.ofDays(3));
		this.mvc.perform(get("/journeys/{id}", this.journey.getId()).with(user(this.user)))
			.andExpect(content().string(containsString("<span class=\"timer__number\">3</span>")));
		this.mvc.perform(post("/journeys/{id}/outreach/back-to-no-contact", this.journey.getId()).with(user(this.user)).with(csrf()))
			.andExpect(flash().attribute("notice", "journey.alreadyMoved"));
	}

	@Test
	void gateThreeToFourOpensExactlyWithEnoughWarmRepliesAndAGoodConversation() throws Exception {
		RulesProperties.Outreach o = this.rules.outreach();
		for (int i = 0; i < o.minWarmReplies(); i++) {
			Draft draft = sentAfterRest("Message " + i);
			this.mvc.perform(reply(draft, i < o.minWarmReplies() - 1 ? "WARM" : "NEUTRAL"));
		}
		LocalDate today = this.clock.instant().atZone(ZoneId.of("Europe/Berlin")).toLocalDate();
		this.outreach.logConversation(this.user.accountId(), this.journey.getId(), ConversationKind.CALL, today,
				o.positiveConversationRating() - 1, null);
		this.mvc.perform(advance()).andExpect(flash().attribute("advanceRefused", true));
		this.mvc.perform(get("/journeys/{id}", this.journey.getId()).with(user(this.user)))
			.andExpect(content().string(containsString("One warm reply so far. This step looks for "
					+ new RuleBasedNumberFormat(Locale.ENGLISH, RuleBasedNumberFormat.SPELLOUT).format(o.minWarmReplies())
					+ ", and whether they come, and when, is theirs to decide.")))
			.andExpect(content().string(not(containsString("One more warm reply"))));

		Draft last = sentAfterRest("One more");
		this.mvc.perform(reply(last, "WARM"));
		this.mvc.perform(advance()).andExpect(flash().attribute("advanceRefused", true));
		this.outreach.logConversation(this.user.accountId(), this.journey.getId(), ConversationKind.IN_PERSON, today,
				o.positiveConversationRating(), "Coffee, easy and warm");

		this.mvc.perform(advance()).andExpect(flash().attribute("notice", "journey.advanced.REBUILDING_TRUST"));
		assertThat(this.journeys.stageOf(this.journey.getId())).isEqualTo("REBUILDING_TRUST");
	}

	@Test
	void blockedClosesReachingOutAtOnceAndNothingLaterReopensIt() throws Exception {
		Draft draft = sentAfterRest("Hello again");
		this.mvc.perform(reply(draft, "BLOCKED")).andExpect(redirectedUrl("/journeys/" + this.journey.getId()));

		assertThat(this.journeys.stageOf(this.journey.getId())).isEqualTo("MOVING_ON");
		this.mvc.perform(get("/journeys/{id}", this.journey.getId()).with(user(this.user)))
			.andExpect(content().string(containsString("They have blocked you.")))
			.andExpect(content().string(containsString("Find a Helpline")));
		this.mvc.perform(reply(draft, "WARM")).andExpect(flash().attribute("notice", "outreach.closed"));
		this.mvc.perform(reply(draft, "NOT_A_REPLY")).andExpect(flash().attribute("notice", "outreach.closed"));
		this.mvc.perform(post("/journeys/{id}/outreach/drafts", this.journey.getId()).with(user(this.user)).with(csrf())
			.param("channel", "TEXT").param("body", "Please")).andExpect(flash().attribute("notice", "outreach.closed"));
		this.mvc.perform(post("/journeys/{id}/outreach/back-to-no-contact", this.journey.getId()).with(user(this.user)).with(csrf()))
			.andExpect(flash().attribute("notice", "journey.alreadyMoved"));
		for (Stage stage : Stage.values()) {
			this.mvc.perform(post("/journeys/{id}/advance", this.journey.getId()).with(user(this.user)).with(csrf())
				.param("stage", stage.name())).andExpect(flash().attribute("notice", "journey.alreadyMoved"));
		}
		this.mvc.perform(get("/dashboard").with(user(this.user))).andExpect(content().string(not(containsString("Your messages and conversations"))));
		this.mvc.perform(get("/journeys/{id}", this.journey.getId()).with(user(this.user))).andExpect(content().string(not(containsString("Your messages and conversations"))));
		assertThat(this.jdbc.queryForList("select concern from journey_safety_lock where journey_id = ?", String.class,
				this.journey.getId())).containsExactly("EX_BLOCKED");
		assertThat(this.journeys.stageOf(this.journey.getId())).isEqualTo("MOVING_ON");
	}

	@Test
	void askedForNoContactLocksToo() throws Exception {
		Draft draft = sentAfterRest("Hello");
		this.mvc.perform(reply(draft, "ASKED_FOR_NO_CONTACT")).andExpect(redirectedUrl("/journeys/" + this.journey.getId()));
		this.mvc.perform(get("/journeys/{id}", this.journey.getId()).with(user(this.user)))
			.andExpect(content().string(containsString("They have asked for no contact.")));
	}

	private Draft write(String body) {
		return this.outreach.write(this.user.accountId(), this.journey.getId(), new DraftContent(Channel.TEXT, body, null));
	}

	private Draft sentAfterRest(String body) throws Exception {
		Draft draft = write(body);
		this.clock.advance(Duration.ofHours(this.rules.outreach().coolingHours()).plusMinutes(1));
		this.mvc.perform(markSent(draft)).andExpect(flash().attribute("notice", "draft.sent"));
		return draft;
	}

	private MockHttpServletRequestBuilder markSent(Draft draft) {
		return post(OutreachPagesTests.draftUrl(this.journey, draft) + "/sent").with(user(this.user)).with(csrf());
	}

	private MockHttpServletRequestBuilder reply(Draft draft, String reply) {
		return post(OutreachPagesTests.draftUrl(this.journey, draft) + "/reply").with(user(this.user)).with(csrf()).param("reply", reply);
	}

	private MockHttpServletRequestBuilder advance() {
		return post("/journeys/{id}/advance", this.journey.getId()).with(user(this.user)).with(csrf()).param("stage", "REACHING_OUT");
	}

}
