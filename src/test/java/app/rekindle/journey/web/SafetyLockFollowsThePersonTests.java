package app.rekindle.journey.web;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.util.HtmlUtils;

import app.rekindle.account.AccountUser;
import app.rekindle.journey.Journey;
import app.rekindle.journey.JourneyService;
import app.rekindle.journey.JourneySetup;
import app.rekindle.journey.SamePersonReason;
import app.rekindle.outreach.Channel;
import app.rekindle.outreach.Draft;
import app.rekindle.outreach.DraftContent;
import app.rekindle.outreach.OutreachService;
import app.rekindle.outreach.ReplyKind;
import app.rekindle.progression.GateEvaluation;
import app.rekindle.progression.Progression;
import app.rekindle.progression.RulesProperties;
import app.rekindle.progression.SafetyConcern;
import app.rekindle.progression.SendDecision;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * A safety lock follows the person, not the journey: after reaching out closed on a
 * journey, for any reason, a new journey with the same person keeps it closed, and Today, the
 * journey page and the gate say why. Everything runs through the real services and pages.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class SafetyLockFollowsThePersonTests {

	private static final String EARLIER = "Zoë";

	private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private TestJourneys testJourneys;

	@Autowired
	private JourneyService journeys;

	@Autowired
	private OutreachService outreach;

	@Autowired
	private Progression progression;

	@Autowired
	private RulesProperties rules;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MutableClock clock;

	@Autowired
	private app.rekindle.account.AccountService accountService;

	@BeforeEach
	void startOfTheStory() {
		this.clock.set(MutableClockConfiguration.START);
	}

	/** One way reaching out closes on a journey; each ends it by moving on with the reason SAFETY_LOCK. */
	interface Lock {

		void close(SafetyLockFollowsThePersonTests test, AccountUser user, long journeyId) throws Exception;

	}

	/**
	 * Every lock reason: each safety concern (asked for no contact, blocked, a new relationship,
	 * violence, threats, coercive control, fear, a protective order, a plain no), the three replies
	 * that say no logged on a sent message, and the same three replies found only on the message itself.
	 */
	static Stream<Arguments> everyLock() {
		List<Arguments> locks = new ArrayList<>();
		for (SafetyConcern concern : SafetyConcern.values()) {
			locks.add(Arguments.of(concern.name(), (Lock) (test, user, id) -> test.journeys
				.recordSafetyConcerns(user.accountId(), id, Set.of(concern)), concern));
		}
		for (ReplyKind reply : List.of(ReplyKind.ASKED_FOR_NO_CONTACT, ReplyKind.BLOCKED, ReplyKind.NO)) {
			SafetyConcern concern = switch (reply) {
				case BLOCKED -> SafetyConcern.EX_BLOCKED;
				case NO -> SafetyConcern.EX_SAID_NO;
				default -> SafetyConcern.EX_ASKED_FOR_NO_CONTACT;
			};
			locks.add(Arguments.of("reply logged: " + reply, (Lock) (test, user, id) -> test.logReply(user, id, reply),
					concern));
			locks.add(Arguments.of("reply on the message only: " + reply,
					(Lock) (test, user, id) -> test.replyOnTheMessageOnly(user, id, reply), concern));
		}
		return locks.stream();
	}

	/**
	 * Every lock, each with two ways of writing the earlier name, taken in turn so that every way
	 * meets several kinds of lock ({@code NicknamesTests} covers the ways of writing a name in full).
	 */
	static Stream<Arguments> everyLockWithWaysOfWritingTheName() {
		List<String> variants = List.of("zoe", " ZOE ", "Zoe\u0308", "ZOË", "z oë");
		List<Arguments> locks = everyLock().toList();
		return java.util.stream.IntStream.range(0, locks.size())
			.boxed()
			.flatMap((i) -> Stream.of(variants.get(i % variants.size()), variants.get((i + 2) % variants.size()))
				.map((variant) -> Arguments.of(locks.get(i).get()[0], "[" + variant + "]", locks.get(i).get()[1],
						locks.get(i).get()[2], variant)));
	}

	@ParameterizedTest(name = "{0}, then {1}")
	@MethodSource("everyLockWithWaysOfWritingTheName")
	void aNewJourneyWithTheSameNameStartsWithReachingOutClosed(String reason, String shown, Lock lock,
			SafetyConcern concern, String nickname) throws Exception {
		AccountUser user = this.accounts.create();
		long earlier = lockedJourney(user, lock);

		long later = begin(user, nickname, "no").getId();

		Journey journey = this.journeys.owned(user.accountId(), later);
		assertThat(journey.isActive()).isTrue();
		assertThat(journey.getStage()).isEqualTo(Stage.REFLECTION);
		assertThat(journey.getLockCarriedHow()).isEqualTo(SamePersonReason.SAME_NICKNAME);
		assertThat(journey.getLockCarriedFrom()).isEqualTo(earlier);
		assertReachingOutIsClosed(user, later, concern);
		today(user).andExpect(content().string(containsString(
				html("Reaching out closed in your journey with " + EARLIER + ", which ended on " + endedOn(user, earlier)
						+ ". This journey has the same name, so it stays closed here as well."))));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyLock")
	void aDifferentNameIsOpenWhenItIsSomeoneElseAndClosedWhenItIsTheSamePerson(String reason, Lock lock,
			SafetyConcern concern) throws Exception {
		AccountUser someoneElse = this.accounts.create();
		lockedJourney(someoneElse, lock);
		long open = begin(someoneElse, "Alex", "no").getId();

		assertThat(this.progression.evaluate(open).isLocked()).isFalse();
		today(someoneElse).andExpect(content().string(not(containsString("Reaching out stays closed"))));
		this.testJourneys.putInStage(open, Stage.NO_CONTACT);
		this.mvc.perform(get("/journeys/{id}", open).with(user(someoneElse)))
			.andExpect(content().string(containsString("Continue to Reaching out")));

		AccountUser samePerson = this.accounts.create();
		long earlier = lockedJourney(samePerson, lock);
		long closed = begin(samePerson, "Alex", String.valueOf(earlier)).getId();

		assertThat(this.journeys.owned(samePerson.accountId(), closed).getLockCarriedHow())
			.isEqualTo(SamePersonReason.SAID_SAME_PERSON);
		assertReachingOutIsClosed(samePerson, closed, concern);
		today(samePerson).andExpect(content().string(containsString(html("You told us this is the same person as in "
				+ "your journey with " + EARLIER + ", which ended on " + endedOn(samePerson, earlier)
				+ ", where reaching out closed. So it stays closed here as well."))));
	}

	@Test
	void theBeginFormAsksAboutTheEarlierPersonOnlyAfterALock() throws Exception {
		AccountUser user = this.accounts.create();
		startForm(user).andExpect(content().string(not(containsString("samePersonAs"))));

		Journey first = this.journeys.start(user.accountId(), setup("Robin"));
		this.journeys.moveOn(user.accountId(), first.getId(), null);
		startForm(user).andExpect(content().string(not(containsString("samePersonAs"))))
			.andExpect(content().string(not(containsString("same person"))));

		long locked = lockedJourney(user, (test, u, id) -> this.journeys.recordSafetyConcerns(u.accountId(), id,
				Set.of(SafetyConcern.EX_IN_NEW_RELATIONSHIP)));
		startForm(user)
			.andExpect(content().string(containsString(html("Is this the same person as in your journey with " + EARLIER
					+ ", which ended on " + endedOn(user, locked) + "?"))))
			.andExpect((result) -> assertThat(answers(result)).containsExactly(locked + ":", "no:"))
			.andExpect(content().string(containsString("Yes, the same person")))
			.andExpect(content().string(containsString("No, someone else")))
			.andExpect(content().string(not(containsString("Robin"))));
	}

	@Test
	void namesEachEarlierPersonOnceWhenSeveralClosed() throws Exception {
		AccountUser user = this.accounts.create();
		long zoe = lockedJourney(user, (test, u, id) -> this.journeys.recordSafetyConcerns(u.accountId(), id,
				Set.of(SafetyConcern.EX_BLOCKED)));
		this.clock.advance(Duration.ofDays(3));
		long again = begin(user, "ZOE", "no").getId();
		this.journeys.moveOn(user.accountId(), again, null);
		this.clock.advance(Duration.ofDays(3));
		Journey kim = this.journeys.start(user.accountId(), setup("Kim"));
		this.journeys.recordSafetyConcerns(user.accountId(), kim.getId(), Set.of(SafetyConcern.THREATS));

		startForm(user).andExpect(content().string(containsString("Is this the same person as in one of your earlier journeys?")))
			.andExpect(content().string(containsString("Yes: Kim, the journey that ended on " + endedOn(user, kim.getId()))))
			.andExpect(content().string(containsString("Yes: ZOE, the journey that ended on " + endedOn(user, again))))
			.andExpect(content().string(not(containsString("value=\"" + zoe + "\""))));

		long withZoe = begin(user, "Z.", String.valueOf(again)).getId();
		Journey journey = this.journeys.owned(user.accountId(), withZoe);
		assertThat(journey.getLockCarriedFrom()).as("the lock of the journey that closed in the first place").isEqualTo(zoe);
		assertReachingOutIsClosed(user, withZoe, SafetyConcern.EX_BLOCKED);
	}

	@Test
	void anUnansweredOrUnknownAnswerIsAskedAgainAndKeepsWhatWasTyped() throws Exception {
		AccountUser user = this.accounts.create();
		long locked = lockedJourney(user, (test, u, id) -> this.journeys.recordSafetyConcerns(u.accountId(), id,
				Set.of(SafetyConcern.EX_ASKED_FOR_NO_CONTACT)));
		AccountUser other = this.accounts.create();
		long othersLock = lockedJourney(other, (test, u, id) -> this.journeys.recordSafetyConcerns(u.accountId(), id,
				Set.of(SafetyConcern.EX_BLOCKED)));
		LocalDate today = today(user, ZoneId.of("Europe/Berlin"));

		for (String answer : new String[] { null, "", "yes", "999999999", String.valueOf(othersLock) }) {
			var request = post("/journeys").with(csrf())
				.with(user(user))
				.param("nickname", "Rowan")
				.param("breakupDate", today.minusDays(20).toString())
				.param("lastContactDate", today.minusDays(10).toString())
				.param("noContactDays", "45");
			if (answer != null) {
				request.param("samePersonAs", answer);
			}
			this.mvc.perform(request)
				.andExpect(status().isOk())
				.andExpect(view().name(JourneyController.VIEW_START_FORM))
				.andExpect(model().attributeHasFieldErrorCode("form", "samePersonAs", "journey.samePersonAs.required"))
				.andExpect(content().string(containsString("Please choose one answer")))
				.andExpect(content().string(containsString("aria-invalid=\"true\"")))
				.andExpect(content().string(containsString("value=\"Rowan\"")))
				.andExpect(content().string(containsString("value=\"45\"")))
				.andExpect((result) -> assertThat(answers(result)).containsExactly(locked + ":", "no:"));
		}
		assertThat(this.journeys.active(user.accountId())).isEmpty();

		this.mvc.perform(post("/journeys").with(csrf())
			.with(user(user))
			.param("nickname", "Rowan")
			.param("breakupDate", today.plusDays(5).toString())
			.param("lastContactDate", today.minusDays(10).toString())
			.param("noContactDays", "45")
			.param("samePersonAs", String.valueOf(locked)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "breakupDate"))
			.andExpect((result) -> assertThat(answers(result)).containsExactly(locked + ":checked", "no:"));
	}

	@Test
	void aJourneyBegunBeforeLocksFollowedThePersonIsCheckedBeforeReachingOut() throws Exception {
		AccountUser user = this.accounts.create();
		long earlier = lockedJourney(user, (test, u, id) -> this.journeys.recordSafetyConcerns(u.accountId(), id,
				Set.of(SafetyConcern.VIOLENCE)));
		long later = this.journeys.start(user.accountId(), setup(" zoe")).getId();
		this.jdbc.update("update journey set lock_carried_from = null, lock_carried_how = null where id = ?", later);
		this.testJourneys.putInStage(later, Stage.NO_CONTACT);
		assertThat(this.progression.evaluate(later).isLocked()).isFalse();

		this.mvc.perform(post("/journeys/{id}/advance", later).with(csrf()).with(user(user)).param("stage", "NO_CONTACT"))
			.andExpect(redirectedUrl("/journeys/" + later));

		assertThat(this.testJourneys.stageOf(later)).isEqualTo("NO_CONTACT");
		assertThat(this.journeys.owned(user.accountId(), later).getLockCarriedFrom()).isEqualTo(earlier);
		assertReachingOutIsClosed(user, later, SafetyConcern.VIOLENCE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/dashboard", "/journeys/%d" })
	void aLockAboutThePersonsSafetyShowsSupportFirst(String page) throws Exception {
		AccountUser user = this.accounts.create();
		lockedJourney(user, (test, u, id) -> this.journeys.recordSafetyConcerns(u.accountId(), id,
				Set.of(SafetyConcern.COERCIVE_CONTROL)));
		long later = begin(user, "Zoe", "no").getId();

		this.mvc.perform(get(page.formatted(later)).with(user(user)))
			.andExpect(content().string(containsString("Reaching out stays closed")))
			.andExpect(content().string(containsString("There has been control over money")))
			.andExpect(content().string(containsString("You deserve to feel safe")))
			.andExpect(content().string(containsString("call your local emergency number")));
	}

	@Test
	void deletingTheAccountTakesTheCarriedLockWithIt() throws Exception {
		AccountUser user = this.accounts.create();
		lockedJourney(user, (test, u, id) -> this.journeys.recordSafetyConcerns(u.accountId(), id,
				Set.of(SafetyConcern.PROTECTIVE_ORDER)));
		begin(user, "zoe", "no");

		this.accountService.delete(user.accountId(), TestAccounts.PASSWORD);

		assertThat(this.jdbc.queryForObject("select count(*) from journey where account_id = ?", Integer.class,
				user.accountId())).isZero();
	}

	/** Reaching out is closed as it is for a lock of the journey's own, while the journey itself goes on. */
	private void assertReachingOutIsClosed(AccountUser user, long journeyId, SafetyConcern concern) throws Exception {
		GateEvaluation gate = this.progression.evaluate(journeyId);
		assertThat(gate.safetyLock()).hasValueSatisfying((lock) -> {
			assertThat(lock.carriedOver()).isTrue();
			assertThat(lock.concerns()).contains(concern);
		});
		assertThat(SendDecision.decide(MutableClockConfiguration.START, this.clock.instant().plus(Duration.ofDays(30)),
				gate, this.rules.outreach()).reason()).isEqualTo(SendDecision.Reason.LOCKED);

		today(user).andExpect(content().string(containsString("Reaching out stays closed")))
			.andExpect(content().string(containsString(html(this.messageFor(concern)))));
		this.mvc.perform(get("/journeys/{id}", journeyId).with(user(user)))
			.andExpect(content().string(containsString("Reaching out stays closed")));

		this.testJourneys.putInStage(journeyId, Stage.NO_CONTACT);
		GateEvaluation noContact = this.progression.evaluate(journeyId);
		assertThat(noContact.isNextClosed()).isTrue();
		assertThat(noContact.isPassed()).isFalse();
		this.mvc.perform(post("/journeys/{id}/advance", journeyId).with(csrf()).with(user(user)).param("stage", "NO_CONTACT"))
			.andExpect(redirectedUrl("/journeys/" + journeyId));
		assertThat(this.testJourneys.stageOf(journeyId)).isEqualTo("NO_CONTACT");
		assertThat(this.journeys.owned(user.accountId(), journeyId).isActive()).isTrue();
		today(user).andExpect(content().string(not(containsString("Continue to"))))
			.andExpect(content().string(containsString("After no contact would come reaching out, and that stays closed")))
			.andExpect(content().string(containsString("I want to text them")))
			.andExpect(content().string(containsString("Move on")));
	}

	private String messageFor(SafetyConcern concern) {
		return switch (concern) {
			case VIOLENCE -> "There has been violence in the relationship.";
			case THREATS -> "There have been threats.";
			case COERCIVE_CONTROL -> "There has been control over money";
			case PROTECTIVE_ORDER -> "There is a protective or no-contact order.";
			case EX_ASKED_FOR_NO_CONTACT -> "They have asked for no contact.";
			case EX_BLOCKED -> "They have blocked you.";
			case EX_IN_NEW_RELATIONSHIP -> "They are in a new relationship.";
			case FEAR_OF_EX -> "You have felt afraid of them.";
			case EX_SAID_NO -> "They have said they don't want to try again.";
		};
	}

	/** A journey with {@link #EARLIER}, closed by the lock, and ended by it. */
	private long lockedJourney(AccountUser user, Lock lock) throws Exception {
		long id = this.journeys.start(user.accountId(), setup(EARLIER)).getId();
		lock.close(this, user, id);
		today(user).andExpect(content().string(containsString("Your last journey")));
		assertThat(this.testJourneys.timelineEntries(id, "SAFETY_LOCK")).isEqualTo(1);
		this.clock.advance(Duration.ofDays(2));
		return id;
	}

	private void logReply(AccountUser user, long journeyId, ReplyKind reply) {
		this.testJourneys.putInStage(journeyId, Stage.REACHING_OUT);
		Draft draft = this.outreach.write(user.accountId(), journeyId,
				new DraftContent(Channel.TEXT, "Hope your week went well.", LocalTime.of(18, 30)));
		this.clock.advance(Duration.ofHours(25));
		this.outreach.markSent(user.accountId(), journeyId, draft.getId());
		this.outreach.logReply(user.accountId(), journeyId, draft.getId(), reply, null);
	}

	/** A "no" found only on the sent message, with no lock on record: the rules derive it at the next look. */
	private void replyOnTheMessageOnly(AccountUser user, long journeyId, ReplyKind reply) {
		this.testJourneys.putInStage(journeyId, Stage.REACHING_OUT);
		java.sql.Timestamp now = java.sql.Timestamp.from(this.clock.instant());
		this.jdbc.update("""
				insert into outreach_draft (journey_id, channel, body, rested_since, sent_at, reply, created_at)
				values (?, 'TEXT', 'v1:not-read', ?, ?, ?, ?)""", journeyId, now, now, reply.name(), now);
		assertThat(this.journeys.active(user.accountId())).isEmpty();
		assertThat(this.journeys.safetyLocksOf(user.accountId())).isEmpty();
	}

	private Journey begin(AccountUser user, String nickname, String samePersonAs) throws Exception {
		LocalDate today = today(user, ZoneId.of("Europe/Berlin"));
		this.mvc.perform(post("/journeys").with(csrf())
			.with(user(user))
			.param("nickname", nickname)
			.param("breakupDate", today.minusDays(30).toString())
			.param("lastContactDate", today.minusDays(10).toString())
			.param("noContactDays", "30")
			.param("samePersonAs", samePersonAs))
			.andExpect(redirectedUrl("/dashboard"));
		return this.journeys.active(user.accountId()).orElseThrow().journey();
	}

	private ResultActions today(AccountUser user) throws Exception {
		return this.mvc.perform(get("/dashboard").with(user(user))).andExpect(status().isOk());
	}

	private ResultActions startForm(AccountUser user) throws Exception {
		return this.mvc.perform(get("/journeys/new").with(user(user))).andExpect(status().isOk());
	}

	private String endedOn(AccountUser user, long journeyId) {
		return LONG_DATE.format(this.journeys.owned(user.accountId(), journeyId).getEndedAt().atZone(ZoneId.of("Europe/Berlin")));
	}

	private LocalDate today(AccountUser user, ZoneId zone) {
		return this.clock.instant().atZone(zone).toLocalDate();
	}

	private JourneySetup setup(String nickname) {
		LocalDate today = today(null, ZoneId.of("Europe/Berlin"));
		return new JourneySetup(nickname, today.minusDays(40), today.minusDays(12), 30);
	}

	/** The answers the question offers, each as value:checked or value:, in page order. */
	private static List<String> answers(MvcResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString())
			.select("input[type=radio][name=samePersonAs]")
			.stream()
			.map((input) -> input.attr("value") + ":" + (input.hasAttr("checked") ? "checked" : ""))
			.toList();
	}

	private static String html(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
