package app.rekindle.outreach.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What each reply leads to, on a clock the test moves: the kind next step after every kind, "not
 * ready yet" pausing reaching out with guidance where the next message would be written, a cold
 * reply that waits as long as silence, two of them suggesting a step back, and a plain "no"
 * closing reaching out for good.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class ReplyGuidanceFlowTests {

	private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter GATE_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter WEEKDAY_TIME = DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm", Locale.ENGLISH);

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
		this.user = this.accounts.create(TestAccounts.uniqueEmail(), ZONE);
		this.journey = this.journeys.start(this.user);
		this.journeys.putInStage(this.journey.getId(), Stage.REACHING_OUT);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"WARM|A warm reply is good to hear. If it feels right to you both, a call in a few days could be a kind next step",
			"NEUTRAL|A neutral reply leaves things much as they were. Let it rest for now; later, one more light message that asks nothing of them is plenty.",
			"COLD|A cold reply asks for space, so give it.",
			"NOT_READY|They told you they are not ready. Reaching out rests for a while" })
	void afterEachReplyThePageSaysWhatAKindNextStepLooksLike(String reply, String nextStep) throws Exception {
		Draft draft = sentAfterRest("Hope the new job is going well.");
		this.mvc.perform(reply(draft, reply))
			.andExpect(redirectedUrl(draftUrl(draft)))
			.andExpect(flash().attribute("notice", "reply.saved"));

		String page = text(draftUrl(draft));
		assertThat(page).contains("A kind next step").contains(nextStep).contains("How did they answer?");
		assertThat(this.journeys.stageOf(this.journey.getId())).isEqualTo("REACHING_OUT");
	}

	@Test
	void beforeAnyReplyThereIsNoNextStepYetAndTheNewAnswersAreOffered() throws Exception {
		Draft draft = sentAfterRest("Hope the new job is going well.");
		Document page = page(draftUrl(draft));
		assertThat(page.text()).doesNotContain("A kind next step")
			.contains("If they say they are not ready yet, reaching out rests for "
					+ this.rules.outreach().notReadyPauseDays() + " days.");
		assertThat(page.select("input[name=reply]").eachAttr("value")).containsExactly("NONE_YET", "WARM", "NEUTRAL",
				"COLD", "NOT_READY", "NO", "ASKED_FOR_NO_CONTACT", "BLOCKED");
		assertThat(page.select("label[for^=reply]").eachText()).contains("They are not ready yet",
				"No, they don't want to try again");
	}

	@Test
	void notReadyYetPausesReachingOutWithGuidanceWhereTheNextMessageWouldBeWritten() throws Exception {
		Draft first = sentAfterRest("Hope the new job is going well.");
		this.clock.advance(Duration.ofDays(2));
		Instant replied = this.clock.instant();
		this.mvc.perform(reply(first, "NOT_READY")).andExpect(redirectedUrl(draftUrl(first)));
		LocalDate opensOn = replied.atZone(ZONE).toLocalDate().plusDays(this.rules.outreach().notReadyPauseDays());

		assertThat(text(draftUrl(first))).contains("They told you they are not ready.")
			.contains("Reaching out opens again on " + DAY.format(opensOn) + ".");
		Document outreachPage = page(outreachUrl());
		assertThat(outreachPage.text()).contains("Waiting, without pressure")
			.contains("They said they are not ready yet. That is an answer to respect, not a door to push. Reaching out rests until "
					+ DAY.format(opensOn) + ": no new message can be marked sent before then.")
			.contains("no looking at their profiles for signs")
			.doesNotContain("Write a draft");
		assertThat(outreachPage.select("form[action$=/outreach/drafts]")).isEmpty();
		assertThat(outreachPage.select("#not-ready-heading ~ * a").eachAttr("href")).contains("/pause", "/letters",
				"/journeys/" + this.journey.getId() + "/move-on");
		assertThat(outreachPage.select("form[action$=/back-to-no-contact]")).isNotEmpty();
		assertThat(text("/journeys/" + this.journey.getId()))
			.contains("They said they are not ready yet. Reaching out rests until " + GATE_DAY.format(opensOn)
					+ "; until then, the kindest thing is to let them be, and to look after yourself.");

		// A draft already written may rest, but it cannot be marked sent until the day it opens.
		Draft second = write("Thinking of you, no need to answer.");
		this.clock.advance(Duration.ofHours(this.rules.outreach().coolingHours()).plusMinutes(1));
		this.mvc.perform(markSent(second)).andExpect(flash().attribute("notice", "draft.send.PACING"));
		assertThat(text(draftUrl(second)))
			.contains("They said they are not ready yet, so this can be marked sent from " + DAY.format(opensOn) + " at the earliest.");

		this.clock.set(opensOn.atStartOfDay(ZONE).toInstant().minusSeconds(60));
		this.mvc.perform(markSent(second)).andExpect(flash().attribute("notice", "draft.send.PACING"));
		this.clock.set(opensOn.atStartOfDay(ZONE).toInstant());
		assertThat(text(outreachUrl())).contains("Write a draft").doesNotContain("Waiting, without pressure");
		this.mvc.perform(markSent(second)).andExpect(flash().attribute("notice", "draft.sent"));
	}

	@Test
	void aColdReplyWaitsAsLongAsSilenceAndTwoInARowSuggestAStepBackOrMovingOn() throws Exception {
		int days = this.rules.outreach().daysAfterUnansweredMessage();
		Draft first = sentAfterRest("Hope the new job is going well.");
		Draft second = write("The bakery reopened, I thought of you.");
		this.clock.advance(Duration.ofDays(3));
		Instant replied = this.clock.instant();
		this.mvc.perform(reply(first, "COLD"));
		String allowed = WEEKDAY_TIME.format(replied.atZone(ZONE).plusDays(days));

		assertThat(text(draftUrl(first))).contains("A cold reply asks for space, so give it.")
			.contains("The next message can be marked sent from " + allowed + " at the earliest.");
		assertThat(text(outreachUrl())).contains("Their last reply was cold, and that is not a green light. The next message can be marked sent from "
				+ allowed + " at the earliest");
		this.clock.advance(Duration.ofDays(days).minusMinutes(1));
		this.mvc.perform(markSent(second)).andExpect(flash().attribute("notice", "draft.send.PACING"));
		assertThat(text(draftUrl(second))).contains("Their last reply was cold");
		this.clock.advance(Duration.ofMinutes(1));
		this.mvc.perform(markSent(second)).andExpect(flash().attribute("notice", "draft.sent"));

		// The second goes unanswered: one cold reply and one silence in a row.
		this.clock.advance(Duration.ofDays(1));
		String stepBack = "Your last " + this.rules.outreach().unansweredInARowBeforePause()
				+ " messages had a cold reply or none. That can hurt, and it is no reason to try harder.";
		for (String url : new String[] { outreachUrl(), "/journeys/" + this.journey.getId() }) {
			Document page = page(url);
			assertThat(page.text()).contains(stepBack);
			assertThat(page.select(".panel--warm form[action$=/outreach/back-to-no-contact] button").eachText())
				.containsExactly("Go back to no contact");
			assertThat(page.select(".panel--warm a[href$=/move-on]").eachText()).containsExactly("Move on");
		}
		this.mvc.perform(get("/journeys/{id}/move-on", this.journey.getId()).with(user(this.user)))
			.andExpect(status().isOk());
	}

	@Test
	void aPlainNoClosesReachingOutForGoodWithTheSameSupportAsAskedForNoContact() throws Exception {
		Draft draft = sentAfterRest("Hope the new job is going well.");
		this.mvc.perform(reply(draft, "NO")).andExpect(redirectedUrl("/journeys/" + this.journey.getId()));

		assertThat(this.journeys.stageOf(this.journey.getId())).isEqualTo("MOVING_ON");
		assertThat(this.journeys.timelineEntries(this.journey.getId(), "SAFETY_LOCK")).isEqualTo(1);
		assertThat(this.jdbc.queryForList("select concern from journey_safety_lock where journey_id = ?", String.class,
				this.journey.getId())).containsExactly("EX_SAID_NO");
		assertThat(text("/journeys/" + this.journey.getId())).contains("Reaching out is closed for this journey, for good.")
			.contains("Why it closed")
			.contains("They have said they don't want to try again.")
			.contains("Their answer is theirs to give, and honouring it is a way of caring for both of you.")
			.contains("Support, if you want it")
			.contains("Find a Helpline");
		Document closed = page(draftUrl(draft));
		assertThat(closed.text()).contains("No, they don't want to try again")
			.contains("They have said no, and it is their answer to give. Reaching out closes here, for good.")
			.doesNotContain("How did they answer?");
		assertThat(closed.select("a[href=/support]").eachText()).contains("Where to find support");

		this.mvc.perform(reply(draft, "WARM")).andExpect(flash().attribute("notice", "outreach.closed"));
		this.mvc.perform(post("/journeys/{id}/outreach/drafts", this.journey.getId()).with(user(this.user)).with(csrf())
			.param("channel", "TEXT").param("body", "Please")).andExpect(flash().attribute("notice", "outreach.closed"));
		assertThat(this.jdbc.queryForList("select concern from journey_safety_lock where journey_id = ?", String.class,
				this.journey.getId())).containsExactly("EX_SAID_NO");
	}

	@Test
	void changingOnlyTheNoteKeepsWhenTheReplyCameAndAnotherKindMovesIt() throws Exception {
		Draft draft = sentAfterRest("Hope the new job is going well.");
		this.mvc.perform(reply(draft, "NOT_READY"));
		Instant first = repliedAt(draft);
		this.clock.advance(Duration.ofDays(3));
		this.mvc.perform(reply(draft, "NOT_READY").param("note", "They said maybe in spring."));
		assertThat(repliedAt(draft)).isEqualTo(first);
		this.mvc.perform(reply(draft, "NEUTRAL"));
		assertThat(repliedAt(draft)).isEqualTo(this.clock.instant());
		this.mvc.perform(reply(draft, "NONE_YET"));
		assertThat(repliedAt(draft)).isNull();
	}

	private Instant repliedAt(Draft draft) {
		return this.outreach.draft(this.user.accountId(), this.journey.getId(), draft.getId()).getRepliedAt();
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

	private Document page(String url) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(url).with(user(this.user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private String text(String url) throws Exception {
		return page(url).text();
	}

	private String outreachUrl() {
		return "/journeys/" + this.journey.getId() + "/outreach";
	}

	private String draftUrl(Draft draft) {
		return OutreachPagesTests.draftUrl(this.journey, draft);
	}

	private MockHttpServletRequestBuilder markSent(Draft draft) {
		return post(draftUrl(draft) + "/sent").with(user(this.user)).with(csrf());
	}

	private MockHttpServletRequestBuilder reply(Draft draft, String reply) {
		return post(draftUrl(draft) + "/reply").with(user(this.user)).with(csrf()).param("reply", reply);
	}

}
