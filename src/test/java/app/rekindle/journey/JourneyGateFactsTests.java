package app.rekindle.journey;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import app.rekindle.account.AccountUser;
import app.rekindle.progression.JourneyFactsSource.AccountJourney;
import app.rekindle.progression.Stage;
import app.rekindle.testsupport.JournalTest;
import app.rekindle.testsupport.TestAccounts;
import app.rekindle.testsupport.TestJourneys;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journey's facts for the gate come from two places: the statement that reads them for a
 * journey by id, and the journey already read with its timeline. Both must say the same for every
 * kind of history, or a page would show a gate other pages do not. The zone is far from UTC, so a
 * day taken in the wrong zone shows.
 */
@JournalTest
class JourneyGateFactsTests {

	private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");

	@Autowired
	private JourneyGateFacts statement;

	@Autowired
	private JourneyRepository journeys;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private TestJourneys testJourneys;

	@Autowired
	private JdbcTemplate jdbc;

	private Instant at = Instant.parse("2026-03-01T11:30:00Z");

	@Test
	void aJourneyJustStarted() {
		assertSameFacts(start());
	}

	@Test
	void aJourneyInNoContact() {
		Journey journey = start();
		passThrough(journey, Stage.REFLECTION, Stage.NO_CONTACT);
		assertSameFacts(journey);
	}

	@Test
	void aJourneyThatLeftNoContactForReachingOut() {
		Journey journey = start();
		passThrough(journey, Stage.REFLECTION, Stage.NO_CONTACT, Stage.REACHING_OUT);
		assertSameFacts(journey);
	}

	@Test
	void aJourneyThatWentBackToNoContactAndOnAgain() {
		Journey journey = start();
		passThrough(journey, Stage.REFLECTION, Stage.NO_CONTACT, Stage.REACHING_OUT);
		change(journey, Stage.REACHING_OUT, Stage.NO_CONTACT, "BACK_TO_NO_CONTACT");
		assertSameFacts(journey);
		passThrough(journey, Stage.NO_CONTACT, Stage.REACHING_OUT, Stage.REBUILDING_TRUST);
		assertSameFacts(journey);
	}

	@Test
	void aJourneyEndedFromNoContact() {
		Journey journey = start();
		passThrough(journey, Stage.REFLECTION, Stage.NO_CONTACT);
		change(journey, Stage.NO_CONTACT, Stage.MOVING_ON, "CHOSE_TO_MOVE_ON");
		assertSameFacts(journey);
	}

	@Test
	void aJourneyEndedTogetherAfterItsTrial() {
		Journey journey = start();
		passThrough(journey, Stage.REFLECTION, Stage.NO_CONTACT, Stage.REACHING_OUT, Stage.REBUILDING_TRUST,
				Stage.TRIAL_PERIOD);
		change(journey, Stage.TRIAL_PERIOD, Stage.TRIAL_PERIOD, "RECONCILED");
		assertSameFacts(journey);
	}

	private Journey start() {
		AccountUser user = this.accounts.create(TestAccounts.uniqueEmail(), AUCKLAND);
		return this.testJourneys.start(user);
	}

	/** Passed gates from each stage to the next, in order. */
	private void passThrough(Journey journey, Stage... stages) {
		for (int i = 1; i < stages.length; i++) {
			change(journey, stages[i - 1], stages[i], "GATE_PASSED");
		}
	}

	/** A change of stage some hours after the last, so the changes fall on different days in Auckland. */
	private void change(Journey journey, Stage from, Stage to, String reason) {
		this.at = this.at.plus(Duration.ofDays(3).plusHours(7));
		this.jdbc.update("update journey set stage = ?, version = version + 1 where id = ?", to.name(), journey.getId());
		this.jdbc.update("insert into journey_stage_change (journey_id, from_stage, to_stage, changed_at, reason)"
				+ " values (?, ?, ?, ?, ?)", journey.getId(), from.name(), to.name(), Timestamp.from(this.at), reason);
	}

	private void assertSameFacts(Journey started) {
		Journey withTimeline = this.journeys.findByIdAndAccountIdWithTimeline(started.getId(), started.getAccountId())
			.orElseThrow();
		AccountJourney read = this.statement.journey(started.getId());
		assertThat(JourneyGateFacts.of(withTimeline, AUCKLAND)).isEqualTo(read);
		assertThat(read.facts().zone()).isEqualTo(AUCKLAND);
	}

}
