package app.rekindle.testsupport;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import app.rekindle.account.AccountClock;
import app.rekindle.account.AccountUser;
import app.rekindle.journey.Journey;
import app.rekindle.journey.JourneyService;
import app.rekindle.journey.JourneySetup;
import app.rekindle.progression.Stage;

/**
 * Starts journeys through the real service, and puts one into a later stage the way the
 * application would record it (stage column plus a timeline entry), for stages whose own
 * modules do not exist yet.
 */
@Component
public class TestJourneys {

	private final JourneyService journeys;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final AccountClock accountClock;

	TestJourneys(JourneyService journeys, JdbcTemplate jdbc, Clock clock, AccountClock accountClock) {
		this.journeys = journeys;
		this.jdbc = jdbc;
		this.clock = clock;
		this.accountClock = accountClock;
	}

	/**
	 * Starts a journey that ended 40 days ago with no contact since 12 days ago, counted in the
	 * account's own days (in the hour after midnight in Berlin, UTC is still on the day before).
	 */
	public Journey start(AccountUser user) {
		LocalDate today = this.accountClock.today(user.accountId());
		return this.journeys.start(user.accountId(),
				new JourneySetup("Sam", today.minusDays(40), today.minusDays(12), 30));
	}

	public void putInStage(long journeyId, Stage stage) {
		String current = this.jdbc.queryForObject("select stage from journey where id = ?", String.class, journeyId);
		if (current.equals(stage.name())) {
			return;
		}
		this.jdbc.update("update journey set stage = ?, version = version + 1 where id = ?", stage.name(), journeyId);
		this.jdbc.update(
				"insert into journey_stage_change (journey_id, from_stage, to_stage, changed_at, reason) values (?, ?, ?, ?, 'GATE_PASSED')",
				journeyId, current, stage.name(), java.sql.Timestamp.from(this.clock.instant()));
	}

	/**
	 * Moves the agreed start of a journey's trial, as a start saved before it was bounded by the day
	 * the trial step began could lie, so that a checkpoint is due without waiting its days.
	 */
	public void moveTrialStart(long journeyId, LocalDate startedOn) {
		this.jdbc.update("update trial_period set started_on = ? where journey_id = ?", startedOn, journeyId);
	}

	public String stageOf(long journeyId) {
		return this.jdbc.queryForObject("select stage from journey where id = ?", String.class, journeyId);
	}

	public int timelineEntries(long journeyId, String reason) {
		return this.jdbc.queryForObject(
				"select count(*) from journey_stage_change where journey_id = ? and reason = ?", Integer.class,
				journeyId, reason);
	}

}
