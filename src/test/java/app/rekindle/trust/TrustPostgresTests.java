package app.rekindle.trust;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import app.rekindle.account.AccountClock;
import app.rekindle.account.AccountUser;
import app.rekindle.journey.Journey;
import app.rekindle.progression.GateEvaluation;
import app.rekindle.progression.Progression;
import app.rekindle.progression.Requirement;
import app.rekindle.progression.Stage;
import app.rekindle.reflection.EntryContent;
import app.rekindle.reflection.EntryKind;
import app.rekindle.reflection.ReflectionEntry;
import app.rekindle.reflection.ReflectionService;
import app.rekindle.testsupport.PostgresTest;
import app.rekindle.testsupport.TestAccounts;
import app.rekindle.testsupport.TestJourneys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@PostgresTest
class TrustPostgresTests {

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private TestJourneys journeys;

	@Autowired
	private ReflectionService reflection;

	@Autowired
	private TrustService trust;

	@Autowired
	private AccountClock accountClock;

	@Autowired
	private CommitmentService commitments;

	@Autowired
	private BoundaryService boundaries;

	@Autowired
	private SharedActivityService activities;

	@Autowired
	private Progression progression;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void readsTrustFactsIntoTheGateOnPostgresql() {
		AccountUser user = this.accounts.create();
		Journey journey = start(user);
		long id = journey.getId();
		ReflectionEntry mistake = this.reflection.add(user.accountId(), id,
				new EntryContent(EntryKind.MISTAKE, null, "I rushed", "Slow down"));
		ReflectionEntry trigger = this.reflection.add(user.accountId(), id,
				new EntryContent(EntryKind.TRIGGER, null, "Our song", null));
		putInTrust(id);
		LocalDate today = this.accountClock.today(user.accountId());

		GateEvaluation empty = this.progression.evaluate(id);
		assertThat(empty.requirements()).filteredOn(Requirement::isMet).isEmpty();

		this.trust.saveApology(user.accountId(), id,
				new ApologyContent("I did", "Mine", "I will", "You will see", Set.of(mistake.getId()), today));
		for (CommitmentState state : new CommitmentState[] { CommitmentState.KEPT, CommitmentState.KEPT,
				CommitmentState.KEPT, CommitmentState.KEPT, CommitmentState.PENDING }) {
			this.commitments.add(user.accountId(), id, "A promise", today, state);
		}
		for (int i = 0; i < 3; i++) {
			this.boundaries.add(user.accountId(), id, new BoundaryContent("Boundary " + i, Whose.SHARED, true));
		}
		this.boundaries.add(user.accountId(), id, new BoundaryContent("Not yet agreed", Whose.MINE, false));
		for (int rating : new int[] { 5, 4, 4, 3 }) {
			this.activities.add(user.accountId(), id,
					new ActivityContent(today, "Together", ActivityKind.NEW, rating, true, trigger.getId(), null));
		}

		GateEvaluation gate = this.progression.evaluate(id);

		// Everything but the days in the stage, which need time to pass.
		assertThat(gate.requirements()).filteredOn((req) -> !req.isMet())
			.extracting(Requirement::key)
			.containsExactly("trust.days");
		assertThat(this.trust.apology(user.accountId(), id).orElseThrow().getCoveredMistakes())
			.containsExactly(mistake.getId());
		assertThat(this.jdbc.queryForList("select promise from trust_commitment where journey_id = ?", String.class, id))
			.allSatisfy((raw) -> assertThat(raw).startsWith("v1:"));
	}

	@Test
	void theConstraintsHoldOnPostgresql() {
		AccountUser user = this.accounts.create();
		Journey journey = start(user);
		putInTrust(journey.getId());
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc.update(
				"insert into trust_activity (journey_id, happened_on, what, kind, rating, trigger_came_up, created_at) values (?, current_date, 'x', 'NEW', 6, false, current_timestamp)",
				journey.getId()));
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc.update(
				"insert into trust_commitment (journey_id, promise, due_on, state, created_at) values (?, 'x', current_date, 'MAYBE', current_timestamp)",
				journey.getId()));
	}

	private Journey start(AccountUser user) {
		return this.journeys.start(user);
	}

	private void putInTrust(long journeyId) {
		this.journeys.putInStage(journeyId, Stage.REBUILDING_TRUST);
	}

}
