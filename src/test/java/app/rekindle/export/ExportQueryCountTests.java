package app.rekindle.export;


import net.ttddyy.dsproxy.QueryCount;
import net.ttddyy.dsproxy.QueryCountHolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import app.rekindle.account.AccountUser;
import app.rekindle.testsupport.EveryKindFixture;
import app.rekindle.testsupport.StatementCounting;
import app.rekindle.testsupport.MutableClock;
import app.rekindle.testsupport.MutableClockConfiguration;
import app.rekindle.testsupport.TestAccounts;
import app.rekindle.testsupport.TestJourneys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Pins the SQL statements an export costs: one per kind of data, however many journeys and rows
 * the account has, so an N+1 cannot creep in. A new kind of data adds one statement here, on purpose.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ MutableClockConfiguration.class, StatementCounting.class })
class ExportQueryCountTests {

	/**
	 * The account, its journeys with their timelines, safety locks, reflection entries, motives
	 * checks, safety screens, the answers to "Can it be fixed?", check-ins, growth goals with their
	 * progress, unsent letters, urges, drafts, conversations, apologies, commitments, boundaries,
	 * shared activities, trial starts, checkpoint reviews and the calendar feed's settings.
	 */
	static final int EVERY_EXPORT = 20;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private MutableClock clock;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private TestJourneys journeys;

	@Autowired
	private EveryKindFixture fixture;

	@BeforeEach
	void startOfTheStory() {
		this.clock.set(MutableClockConfiguration.START);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/account/export.json", "/account/export.md" })
	void anExportCostsTheSameStatementsForAnEmptyJournalAndAFullOne(String path) throws Exception {
		AccountUser empty = this.accounts.create();
		AccountUser oneJourney = this.accounts.create();
		this.journeys.start(oneJourney);
		AccountUser full = this.fixture.create("Aster").user();

		assertThat(statementsFor(path, empty)).isEqualTo(EVERY_EXPORT);
		assertThat(statementsFor(path, oneJourney)).isEqualTo(EVERY_EXPORT);
		assertThat(statementsFor(path, full)).isEqualTo(EVERY_EXPORT);
	}

	private long statementsFor(String path, AccountUser user) throws Exception {
		QueryCountHolder.clear();
		this.mvc.perform(get(path).with(user(user))).andExpect(status().isOk());
		QueryCount count = QueryCountHolder.getGrandTotal();
		QueryCountHolder.clear();
		return count.getTotal();
	}


}
