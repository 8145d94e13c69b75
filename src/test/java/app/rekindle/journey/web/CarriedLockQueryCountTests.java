package app.rekindle.journey.web;

import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

import app.rekindle.account.AccountUser;
import app.rekindle.journey.Journey;
import app.rekindle.journey.JourneyService;
import app.rekindle.progression.Progression;
import app.rekindle.progression.SafetyConcern;
import app.rekindle.testsupport.StatementCounting;
import app.rekindle.testsupport.TestAccounts;
import app.rekindle.testsupport.TestJourneys;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins what a lock carried over from an earlier journey adds to an evaluation: one statement, the
 * replies logged on that journey (read by outreach from its own table), in whichever stage.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(StatementCounting.class)
class CarriedLockQueryCountTests {

	/** The journey, its check-ins and its locks, read in every stage. */
	private static final int EVERY_EVALUATION = 3;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private TestJourneys testJourneys;

	@Autowired
	private JourneyService journeys;

	@Autowired
	private Progression progression;

	@Test
	void aCarriedLockCostsOneStatementMoreTheRepliesOfTheJourneyItCameFrom() throws Exception {
		AccountUser user = this.accounts.create();
		Journey first = this.testJourneys.start(user);
		long withoutALock = statementsToEvaluate(first.getId());
		this.journeys.recordSafetyConcerns(user.accountId(), first.getId(), Set.of(SafetyConcern.EX_BLOCKED));

		Journey again = this.testJourneys.start(user);

		assertThat(again.getLockCarriedFrom()).isEqualTo(first.getId());
		assertThat(this.progression.evaluate(again.getId()).isLocked()).isTrue();
		assertThat(withoutALock).isEqualTo(EVERY_EVALUATION + DashboardQueryCountTests.forStage(again.getStage()));
		assertThat(statementsToEvaluate(again.getId())).isEqualTo(withoutALock + 1);
	}

	private long statementsToEvaluate(long journeyId) throws Exception {
		return StatementCounting.count(() -> this.progression.evaluate(journeyId));
	}

}
