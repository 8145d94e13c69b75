package app.rekindle.journey;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import app.rekindle.account.AccountUser;
import app.rekindle.progression.GateEvaluation;
import app.rekindle.progression.Progression;
import app.rekindle.progression.SafetyConcern;
import app.rekindle.progression.Stage;
import app.rekindle.testsupport.PostgresTest;
import app.rekindle.testsupport.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@PostgresTest
class JourneyPostgresTests {

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private JourneyService journeys;

	@Autowired
	private Progression progression;

	@Autowired
	private app.rekindle.account.AccountService accountService;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Clock clock;

	@Test
	void assemblesTheSnapshotAndEvaluatesTheGateOnPostgresql() {
		ZoneId zone = ZoneId.of("Asia/Tokyo");
		AccountUser user = this.accounts.create(TestAccounts.uniqueEmail(), zone);
		LocalDate today = this.clock.instant().atZone(zone).toLocalDate();
		Journey journey = this.journeys.start(user.accountId(), new JourneySetup("Mio", today.minusDays(40), today.minusDays(18), 30));

		GateEvaluation gate = this.progression.evaluate(journey.getId());

		assertThat(gate.stage()).isEqualTo(Stage.REFLECTION);
		assertThat(gate.noContact().daysDone()).isEqualTo(18);
		assertThat(gate.noContact().endsOn()).isEqualTo(today.minusDays(18).plusDays(30));
		assertThat(gate.requirements()).hasSize(5).noneMatch((requirement) -> requirement.isSatisfied());
		assertThat(this.jdbc.queryForObject("select nickname from journey where id = ?", String.class, journey.getId()))
			.startsWith("v1:")
			.doesNotContain("Mio");
	}

	@Test
	void postgresqlAllowsOneActiveJourneyPerAccountAndAnotherAfterMovingOn() {
		AccountUser user = this.accounts.create();
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneId.of("Europe/Berlin"));
		Journey first = this.journeys.start(user.accountId(), new JourneySetup("Ana", today.minusDays(9), today.minusDays(9), 30));

		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc.update(
				"insert into journey (account_id, active_account_id, nickname, breakup_date, last_contact_date, no_contact_days, stage, started_at) "
						+ "values (?, ?, 'x', current_date, current_date, 30, 'REFLECTION', current_timestamp)",
				user.accountId(), user.accountId()));

		this.journeys.moveOn(user.accountId(), first.getId(), "Enough.");
		Journey second = this.journeys.start(user.accountId(), new JourneySetup("Ana", today.minusDays(2), today.minusDays(2), 45));

		assertThat(this.journeys.active(user.accountId())).hasValueSatisfying(
				(state) -> assertThat(state.journey().getId()).isEqualTo(second.getId()));
		assertThat(this.journeys.lastEnded(user.accountId())).hasValueSatisfying((ended) -> {
			assertThat(ended.getId()).isEqualTo(first.getId());
			assertThat(ended.latestChange().getReason()).isEqualTo(StageChangeReason.CHOSE_TO_MOVE_ON);
			assertThat(ended.latestChange().getNote()).isEqualTo("Enough.");
		});
	}

	@Test
	void aLockFollowsThePersonOnPostgresqlAndGoesWithTheAccount() {
		AccountUser user = this.accounts.create();
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneId.of("Europe/Berlin"));
		Journey first = this.journeys.start(user.accountId(), new JourneySetup("Zoë", today.minusDays(9), today.minusDays(9), 30));
		this.jdbc.update("""
				insert into outreach_draft (journey_id, channel, body, rested_since, sent_at, reply, created_at)
				values (?, 'TEXT', 'v1:x', current_timestamp, current_timestamp, 'BLOCKED', current_timestamp)""",
				first.getId());
		this.journeys.recordSafetyConcerns(user.accountId(), first.getId(), java.util.Set.of(SafetyConcern.EX_IN_NEW_RELATIONSHIP));
		Journey second = this.journeys.start(user.accountId(), new JourneySetup(" zoe\u0308 ", today.minusDays(2), today.minusDays(2), 30));

		GateEvaluation gate = this.progression.evaluate(second.getId());

		assertThat(gate.safetyLock()).hasValueSatisfying((lock) -> {
			assertThat(lock.carriedOver()).isTrue();
			assertThat(lock.concerns()).containsExactly(SafetyConcern.EX_BLOCKED, SafetyConcern.EX_IN_NEW_RELATIONSHIP);
		});
		assertThat(this.journeys.active(user.accountId())).isPresent();
		assertThat(this.jdbc.queryForObject("select lock_carried_how from journey where id = ?", String.class, second.getId()))
			.isEqualTo("SAME_NICKNAME");

		this.accountService.delete(user.accountId(), TestAccounts.PASSWORD);
		assertThat(this.jdbc.queryForObject("select count(*) from journey where account_id = ?", Integer.class,
				user.accountId())).isZero();
	}

}
