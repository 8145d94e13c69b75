package app.rekindle.trust.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import app.rekindle.account.AccountClock;
import app.rekindle.account.AccountUser;
import app.rekindle.journey.Journey;
import app.rekindle.privacy.EncryptedTextConverter;
import app.rekindle.progression.Stage;
import app.rekindle.testsupport.TestAccounts;
import app.rekindle.testsupport.TestJourneys;
import app.rekindle.trust.BoundaryService;
import app.rekindle.trust.CommitmentService;
import app.rekindle.trust.SharedActivityService;
import app.rekindle.trust.TrustService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** The longest text each form of rebuilding trust accepts, in any script, still fits its column once encrypted. */
@SpringBootTest
@AutoConfigureMockMvc
class TrustColumnWidthTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private TestJourneys journeys;

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
	private JdbcTemplate jdbc;

	@Test
	void theColumnsAreWideEnoughForTheirFormsLimits() {
		int part = EncryptedTextConverter.columnLengthFor(ApologyForm.PART_MAX);
		assertThat(part).isLessThanOrEqualTo(columnLength("trust_apology", "what_i_did"))
			.isLessThanOrEqualTo(columnLength("trust_apology", "that_it_was_mine"))
			.isLessThanOrEqualTo(columnLength("trust_apology", "what_i_will_do"))
			.isLessThanOrEqualTo(columnLength("trust_apology", "how_you_will_see"));
		assertThat(EncryptedTextConverter.columnLengthFor(CommitmentForm.PROMISE_MAX))
			.isLessThanOrEqualTo(columnLength("trust_commitment", "promise"));
		assertThat(EncryptedTextConverter.columnLengthFor(BoundaryForm.DESCRIPTION_MAX))
			.isLessThanOrEqualTo(columnLength("trust_boundary", "description"));
		assertThat(EncryptedTextConverter.columnLengthFor(ActivityForm.WHAT_MAX))
			.isLessThanOrEqualTo(columnLength("trust_activity", "what"));
		assertThat(EncryptedTextConverter.columnLengthFor(ActivityForm.NOTE_MAX))
			.isLessThanOrEqualTo(columnLength("trust_activity", "note"));
	}

	@Test
	void storesTheLongestTextOfEveryFormInAThreeByteScript() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);
		this.journeys.putInStage(journey.getId(), Stage.REBUILDING_TRUST);
		String base = "/journeys/" + journey.getId() + "/trust";
		String part = "思".repeat(ApologyForm.PART_MAX);
		String shortText = "思".repeat(CommitmentForm.PROMISE_MAX);

		this.mvc.perform(post(base + "/apology").with(user(user))
			.with(csrf())
			.param("whatIDid", part)
			.param("thatItWasMine", part)
			.param("whatIWillDo", part)
			.param("howYouWillSee", part)).andExpect(redirectedUrl(base + "/apology"));
		this.mvc.perform(post(base + "/commitments").with(user(user))
			.with(csrf())
			.param("promise", shortText)
			.param("dueOn", "2026-11-03")).andExpect(redirectedUrl(base + "/commitments"));
		this.mvc.perform(post(base + "/boundaries").with(user(user))
			.with(csrf())
			.param("description", shortText)
			.param("whose", "SHARED")
			.param("agreedByBoth", "true")).andExpect(redirectedUrl(base + "/boundaries"));
		this.mvc.perform(post(base + "/activities").with(user(user))
			.with(csrf())
			.param("happenedOn", this.accountClock.today(user.accountId()).toString())
			.param("what", shortText)
			.param("kind", "NEW")
			.param("rating", "5")
			.param("triggerCameUp", "false")
			.param("note", part)).andExpect(redirectedUrl(base + "/activities"));

		assertThat(this.trust.apology(user.accountId(), journey.getId()).orElseThrow().getHowYouWillSee()).isEqualTo(part);
		assertThat(this.commitments.commitments(user.accountId(), journey.getId()).get(0).getPromise()).isEqualTo(shortText);
		assertThat(this.boundaries.boundaries(user.accountId(), journey.getId()).get(0).getDescription()).isEqualTo(shortText);
		assertThat(this.activities.activities(user.accountId(), journey.getId()).get(0).getNote()).isEqualTo(part);
	}

	private int columnLength(String table, String column) {
		return this.jdbc.queryForObject(
				"select character_maximum_length from information_schema.columns where lower(table_name) = ? and lower(column_name) = ?",
				Integer.class, table, column);
	}

}
