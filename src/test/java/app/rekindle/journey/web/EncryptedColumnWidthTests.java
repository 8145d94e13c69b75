package app.rekindle.journey.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import app.rekindle.account.AccountUser;
import app.rekindle.journey.Journey;
import app.rekindle.privacy.EncryptedTextConverter;
import app.rekindle.testsupport.JournalTest;
import app.rekindle.testsupport.TestAccounts;
import app.rekindle.testsupport.TestJourneys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** The longest text a form accepts, in any script, still fits its column once encrypted. */
@JournalTest
class EncryptedColumnWidthTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private TestJourneys journeys;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void theColumnsAreWideEnoughForTheirFormsLimits() {
		assertThat(EncryptedTextConverter.columnLengthFor(StartJourneyForm.NICKNAME_MAX))
			.isLessThanOrEqualTo(columnLength("journey", "nickname"));
		assertThat(EncryptedTextConverter.columnLengthFor(MoveOnForm.NOTE_MAX))
			.isLessThanOrEqualTo(columnLength("journey_stage_change", "note"));
	}

	@Test
	void storesTheLongestNoteInAThreeByteScript() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);
		String note = "思".repeat(MoveOnForm.NOTE_MAX);
		this.mvc.perform(post("/journeys/{id}/move-on", journey.getId()).with(user(user)).with(csrf()).param("note", note))
			.andExpect(redirectedUrl("/journeys/" + journey.getId()));
		assertThat(this.journeys.stageOf(journey.getId())).isEqualTo("MOVING_ON");
	}

	private int columnLength(String table, String column) {
		return this.jdbc.queryForObject(
				"select character_maximum_length from information_schema.columns where lower(table_name) = ? and lower(column_name) = ?",
				Integer.class, table, column);
	}

}
