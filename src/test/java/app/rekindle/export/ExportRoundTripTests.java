package app.rekindle.export;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import app.rekindle.account.AccountUser;
import app.rekindle.journey.Journey;
import app.rekindle.journey.JourneyService;
import app.rekindle.journey.JourneySetup;
import app.rekindle.progression.SafetyConcern;
import app.rekindle.testsupport.EveryKindFixture;
import app.rekindle.testsupport.JournalTest;
import app.rekindle.testsupport.MutableClock;
import app.rekindle.testsupport.MutableClockConfiguration;
import app.rekindle.testsupport.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Export round-trips every entity kind: an account with at least one row of every kind is
 * exported as JSON, and each kind's values come back. The table names the entity each row
 * checks, and a test compares those names with the entities Hibernate knows, so an entity added
 * later cannot be left out of the export unnoticed.
 */
@JournalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportRoundTripTests {

	/** Entities that hold no one's journal: the encryption tests' own table. */
	static final Set<String> NOT_AN_ACCOUNTS_DATA = Set.of("EncryptedTextProbe");

	static final String START = "2026-10-01T12:00:00Z";

	/** The fixture waits a day for the draft to rest; everything after happens then. */
	static final String A_DAY_LATER = "2026-10-02T13:00:00Z";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private MutableClock clock;

	@Autowired
	private EveryKindFixture fixture;

	@Autowired
	private EntityManagerFactory entityManagers;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private JourneyService journeys;

	private EveryKindFixture.Created created;

	private JsonNode export;

	@BeforeAll
	void exportAnAccountWithEveryKind() throws Exception {
		this.clock.set(MutableClockConfiguration.START);
		this.created = this.fixture.create("Aster");
		String json = this.mvc.perform(get("/account/export.json").with(user(this.created.user())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		this.export = JsonMapper.builder().build().readTree(json);
	}

	/** One row of the table: the entity, where its values are in the export, and the values. */
	record Kind(String entity, String pointer, Map<String, Object> values) {

		@Override
		public String toString() {
			return this.entity + " at " + this.pointer;
		}

	}

	List<Kind> everyKind() {
		EveryKindFixture.Created c = this.created;
		LocalDate day = c.firstDay();
		return List.of(
				kind("Account", "/account", "email", c.user().getUsername(), "timeZone", "Europe/Berlin", "createdAt",
						START),
				kind("CalendarFeed", "/calendarFeed", "reminderTime", java.time.LocalTime.of(21, 15)),
				kind("Journey", "/journeys/0", "nickname", c.text("Sam"), "breakupDate", day.minusDays(60),
						"lastContactDate", day.minusDays(45), "noContactDays", 30, "stage", "TRIAL_PERIOD", "active",
						false, "startedAt", START, "endedAt", A_DAY_LATER),
				kind("StageChange", "/journeys/0/timeline/5", "fromStage", "TRIAL_PERIOD", "toStage", "TRIAL_PERIOD",
						"changedAt", A_DAY_LATER, "reason", "RECONCILED", "note", c.text("back together")),
				kind("SafetyLockEntry", "/journeys/1/safetyLocks/0", "concern", "EX_BLOCKED", "recordedAt",
						A_DAY_LATER),
				kind("ReflectionEntry", "/journeys/0/reflection/causes/0", "category", "COMMUNICATION", "body",
						c.text("we stopped talking"), "plan", null, "createdAt", START),
				kind("ReflectionEntry", "/journeys/0/reflection/mistakes/0", "id", (int) c.mistakeId(), "body",
						c.text("I went quiet"), "plan", c.text("say it the same day")),
				kind("ReflectionEntry", "/journeys/0/reflection/triggers/0", "id", (int) c.triggerId(), "body",
						c.text("Sunday evenings"), "plan", c.text("call my sister")),
				kind("ReflectionEntry", "/journeys/0/reflection/growth/0", "body", c.text("sleeping again")),
				kind("MotivesCheck", "/journeys/0/reflection/motivesCheck", "motives",
						List.of("BUILD_SOMETHING_BETTER", "BOTH_CHANGED"), "note", c.text("motives note"), "answeredAt",
						START),
				kind("FixableCheck", "/journeys/0/reflection/canItBeFixed", "unforgivable", "NOT_SURE",
						"unforgivableNote", c.text("the last night"), "changed", "BOTH", "changedNote",
						c.text("we both listen now"), "mustBeDifferent", c.text("talk about money"), "whoseHands",
						"BOTH", "othersView", "SAME", "othersNote", c.text("my sister agrees"), "answeredAt", START),
				kind("SafetyScreen", "/journeys/1/reflection/safetyScreen", "violence", false, "blocked", true,
						"newRelationship", false, "answeredAt", A_DAY_LATER),
				kind("CheckIn", "/checkIns/0", "day", day.minusDays(2), "mood", 2, "urge", 6, "contact", "NONE",
						"selfCare", List.of(), "note", c.text("late note"), "late", true),
				kind("CheckIn", "/checkIns/1", "day", day, "mood", 4, "urge", 3, "contact", "THEY_REACHED_OUT",
						"selfCare", List.of("SLEPT_WELL", "OTHER"), "otherSelfCare", c.text("painted"), "late", false,
						"createdAt", START, "updatedAt", START),
				kind("GrowthGoal", "/journeys/0/noContact/growthGoals/0", "title", c.text("run 5k"), "why",
						c.text("to feel strong"), "createdAt", START),
				kind("GoalProgress", "/journeys/0/noContact/growthGoals/0/progress/0", "day", day, "what",
						c.text("ran 2k")),
				kind("UnsentLetter", "/journeys/0/noContact/unsentLetters/0", "body",
						c.text("dear you") + "\nsecond line", "writtenAt", START),
				kind("UrgeEvent", "/journeys/0/noContact/urges/0", "feltAt", START, "strength", 7),
				kind("Draft", "/journeys/0/outreach/drafts/0", "channel", "TEXT", "body", c.text("hope you are well"),
						"plannedSendTime", "18:30:00", "createdAt", START, "sentAt", A_DAY_LATER, "reply", "WARM",
						"replyNote", c.text("they smiled")),
				kind("Conversation", "/journeys/0/outreach/conversations/0", "kind", "CALL", "heldOn", day, "rating", 4,
						"note", c.text("good call")),
				kind("Conversation", "/journeys/0/outreach/conversations/0/review", "listened", "YES", "spokeForMyself",
						"PARTLY", "stayedCalm", "YES", "pushed", "NO", "note", c.text("listen more"), "reviewedAt",
						A_DAY_LATER),
				kind("Apology", "/journeys/0/trust/apology", "whatIDid", c.text("what I did"), "thatItWasMine",
						c.text("it was mine"), "whatIWillDo", c.text("what I will do"), "howYouWillSee",
						c.text("you will see"), "coveredMistakeIds", List.of((int) c.mistakeId()), "deliveredOn", day),
				kind("Commitment", "/journeys/0/trust/commitments/0", "promise", c.text("call when late"), "dueOn",
						day.plusDays(7), "state", "KEPT"),
				kind("Boundary", "/journeys/0/trust/boundaries/0", "description", c.text("no phones at dinner"),
						"whose", "SHARED", "agreedByBoth", true),
				kind("SharedActivity", "/journeys/0/trust/activities/0", "happenedOn", day, "what",
						c.text("cooked dinner"), "kind", "NEW", "rating", 5, "triggerCameUp", true, "triggerEntryId",
						(int) c.triggerId(), "note", c.text("activity note")),
				kind("TrialPeriod", "/journeys/0/trial", "startedOn",
						LocalDate.parse(A_DAY_LATER.substring(0, 10)).minusDays(c.checkpointDay()), "agreedWeeks", 12,
						"whatWillDiffer", c.text("what will differ")),
				kind("Checkpoint", "/journeys/0/trial/checkpoints/0", "dayMark", c.checkpointDay(), "reviewedOn",
						LocalDate.parse(A_DAY_LATER.substring(0, 10)), "changesTakenSeriously", true,
						"closenessBothEnjoy", false, "note", c.text("checkpoint note"), "changesMissing", null,
						"closenessMissing", c.text("closeness missing"), "redFlags", List.of("OLD_PATTERNS")));
	}

	/** A lock carried over to a later journey with the same person names where it came from, in both files. */
	@Test
	void aLockCarriedOverComesBackWithTheJourneyItCameFrom() throws Exception {
		AccountUser user = this.accounts.create();
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), java.time.ZoneId.of("Europe/Berlin"));
		Journey first = this.journeys.start(user.accountId(), new JourneySetup("Zoë", today.minusDays(30), today.minusDays(20), 30));
		this.journeys.recordSafetyConcerns(user.accountId(), first.getId(), Set.of(SafetyConcern.EX_ASKED_FOR_NO_CONTACT));
		Journey named = this.journeys.start(user.accountId(), new JourneySetup("Jo", today.minusDays(30), today.minusDays(20), 30),
				first.getId());
		this.journeys.moveOn(user.accountId(), named.getId(), null);
		this.journeys.start(user.accountId(), new JourneySetup(" ZOE ", today.minusDays(30), today.minusDays(20), 30));

		JsonNode journeys = JsonMapper.builder().build().readTree(this.mvc.perform(get("/account/export.json").with(user(user)))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).get("journeys");
		String markdown = this.mvc.perform(get("/account/export.md").with(user(user)))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		assertThat(journeys.get(0).get("lockCarriedOver").isNull()).isTrue();
		assertThat(journeys.get(1).get("lockCarriedOver").get("how").asString()).isEqualTo("SAID_SAME_PERSON");
		assertThat(journeys.get(1).get("lockCarriedOver").get("fromJourney").asInt()).isZero();
		assertThat(journeys.get(2).get("lockCarriedOver").get("how").asString()).isEqualTo("SAME_NICKNAME");
		assertThat(journeys.get(2).get("lockCarriedOver").get("fromJourney").asInt()).isZero();
		assertThat(markdown).contains("### Why reaching out stays closed")
			.contains("Reaching out closed in your journey with Zoë, which ended on ")
			.contains("(you said so when you began it)")
			.contains("(the same name)");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyKind")
	void everyKindComesBack(Kind kind) {
		JsonNode node = this.export.at(kind.pointer());
		assertThat(node.isObject()).as("%s is in the export", kind).isTrue();
		kind.values().forEach((field, expected) -> assertThat(node.get(field))
			.as("%s.%s", kind, field)
			.isEqualTo(JsonMapper.builder().build().valueToTree(expected)));
	}

	@Test
	void theTableCoversEveryEntityTheApplicationStores() {
		Set<String> entities = this.entityManagers.getMetamodel()
			.getEntities()
			.stream()
			.map(EntityType::getName)
			.filter((name) -> !NOT_AN_ACCOUNTS_DATA.contains(name))
			.collect(Collectors.toCollection(TreeSet::new));
		Set<String> checked = everyKind().stream().map(Kind::entity).collect(Collectors.toCollection(TreeSet::new));

		assertThat(checked).isEqualTo(entities);
	}

	private static Kind kind(String entity, String pointer, Object... fieldsAndValues) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (int i = 0; i < fieldsAndValues.length; i += 2) {
			Object value = fieldsAndValues[i + 1];
			values.put((String) fieldsAndValues[i], (value instanceof LocalDate date) ? date.toString() : value);
		}
		return new Kind(entity, pointer, values);
	}

}
