package app.rekindle.reflection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import app.rekindle.account.AccountUser;
import app.rekindle.journey.Journey;
import app.rekindle.journey.JourneyService;
import app.rekindle.journey.JourneySetup;
import app.rekindle.progression.GateEvaluation;
import app.rekindle.progression.Progression;
import app.rekindle.progression.Requirement;
import app.rekindle.testsupport.PostgresTest;
import app.rekindle.testsupport.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@PostgresTest
class ReflectionPostgresTests {

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private JourneyService journeys;

	@Autowired
	private ReflectionService reflection;

	@Autowired
	private Progression progression;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Clock clock;

	@Test
	void readsReflectionFactsIntoTheGateOnPostgresql() {
		AccountUser user = this.accounts.create();
		Journey journey = start(user);
		long id = journey.getId();
		this.reflection.add(user.accountId(), id, new EntryContent(EntryKind.CAUSE, BreakupCause.VALUES, "Different values", null));
		this.reflection.add(user.accountId(), id, new EntryContent(EntryKind.MISTAKE, null, "I rushed", "Slow down"));
		this.reflection.add(user.accountId(), id, new EntryContent(EntryKind.MISTAKE, null, "I compared", "Stop comparing"));
		this.reflection.add(user.accountId(), id, new EntryContent(EntryKind.TRIGGER, null, "Our song", "Skip it"));
		this.reflection.answerMotives(user.accountId(), id, Set.of(Motive.BOTH_CHANGED, Motive.LONELY), "note");
		this.reflection.answerSafetyScreen(user.accountId(), id, new SafetyAnswers(false, false, false, false, false, false, false, false));

		GateEvaluation gate = this.progression.evaluate(id);

		assertThat(gate.requirements()).allMatch(Requirement::isMet);
		assertThat(gate.isPassed()).isTrue();
		assertThat(this.reflection.entries(user.accountId(), id, EntryKind.MISTAKE)).extracting(ReflectionEntry::getBody)
			.containsExactly("I rushed", "I compared");
		assertThat(this.reflection.motivesCheck(user.accountId(), id).get().getMotives())
			.containsExactlyInAnyOrder(Motive.BOTH_CHANGED, Motive.LONELY);
		assertThat(this.jdbc.queryForList("select body from reflection_entry where journey_id = ?", String.class, id))
			.allSatisfy((raw) -> assertThat(raw).startsWith("v1:"));
	}

	@Test
	void aLockingAnswerIsRecordedOnceAndEndsTheJourneyOnPostgresql() {
		AccountUser user = this.accounts.create();
		Journey journey = start(user);
		long id = journey.getId();

		boolean locked = this.reflection.answerSafetyScreen(user.accountId(), id,
				new SafetyAnswers(false, true, false, false, false, false, true, false));

		assertThat(locked).isTrue();
		assertThat(this.jdbc.queryForList("select concern from journey_safety_lock where journey_id = ? order by concern",
				String.class, id)).containsExactly("EX_BLOCKED", "THREATS");
		assertThat(this.jdbc.queryForObject("select stage from journey where id = ?", String.class, id)).isEqualTo("MOVING_ON");
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc.update(
				"insert into journey_safety_lock (journey_id, concern, recorded_at) values (?, 'THREATS', current_timestamp)", id));
	}

	private Journey start(AccountUser user) {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		return this.journeys.start(user.accountId(), new JourneySetup("Lee", today.minusDays(30), today.minusDays(10), 30));
	}

}
