package app.rekindle.journey.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import app.rekindle.account.AccountUser;
import app.rekindle.journey.Journey;
import app.rekindle.progression.Stage;
import app.rekindle.testsupport.JournalTest;
import app.rekindle.testsupport.StatementCounting;
import app.rekindle.testsupport.TestAccounts;
import app.rekindle.testsupport.TestJourneys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Pins the SQL statements one dashboard costs, however long the timeline grows, so an N+1
 * cannot creep in unnoticed. A new kind of fact in the snapshot adds one statement here, on purpose.
 */
@JournalTest
class DashboardQueryCountTests {

	/**
	 * Every dashboard with a journey reads the account (zone), today's check-in, the journey with
	 * its timeline (from which the snapshot's journey facts come, with the account read once), and
	 * the snapshot's check-ins and safety locks.
	 */
	static final int EVERY_JOURNEY = 5;

	/** The statements the current stage's gate adds: one per kind of fact it reads. */
	static int forStage(Stage stage) {
		return switch (stage) {
			case REFLECTION -> 1;
			case NO_CONTACT -> 1;
			case REACHING_OUT -> 2;
			case REBUILDING_TRUST -> 1;
			case TRIAL_PERIOD -> 2;
			case MOVING_ON -> 0;
		};
	}

	/** The account, today's check-in, the active-journey lookup, and the last ended journey's id. */
	static final int WITHOUT_A_JOURNEY = 4;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private TestJourneys journeys;

	@ParameterizedTest
	@EnumSource(value = Stage.class, names = "MOVING_ON", mode = EnumSource.Mode.EXCLUDE)
	void theDashboardOfAJourneyCostsAFixedNumberOfStatementsInEveryStage(Stage stage) throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);
		for (Stage step : Stage.values()) {
			if (step.ordinal() <= stage.ordinal() && step != Stage.REFLECTION) {
				this.journeys.putInStage(journey.getId(), step);
			}
		}

		assertThat(statementsFor(user)).isEqualTo(EVERY_JOURNEY + forStage(stage));
	}

	@Test
	void theDashboardWithoutAJourneyCostsAFixedNumberOfStatements() throws Exception {
		assertThat(statementsFor(this.accounts.create())).isEqualTo(WITHOUT_A_JOURNEY);
	}

	private long statementsFor(AccountUser user) throws Exception {
		return StatementCounting.count(() -> this.mvc.perform(get("/dashboard").with(user(user))).andExpect(status().isOk()));
	}

}
