package app.rekindle.summary.web;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import app.rekindle.testsupport.EveryKindFixture;
import app.rekindle.testsupport.MutableClockConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A journey with something in every stage: every section of the summary has its figures, on the page and in the PDF. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class SummaryEveryStageTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private EveryKindFixture fixture;

	@Test
	void everySectionShowsItsFiguresOnThePageAndInThePdf() throws Exception {
		EveryKindFixture.Created created = this.fixture.create("summary");
		String page = this.mvc.perform(get("/summary").param("range", "journey").param("notes", "true")
			.param("journey", String.valueOf(created.journeyId())).with(user(created.user())))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Messages marked sent")
			.contains("Commitments kept")
			.contains("Boundaries agreed by both")
			.contains("Shared activities")
			.contains(created.text("we stopped talking"))
			.doesNotContain("Nothing recorded for reaching out or rebuilding trust yet.")
			// The urge logged by the fixture is charted, named once by the chart's caption.
			.doesNotContain("No urges were logged in this period.")
			.doesNotContain("<h3>Urges by hour of the day</h3>");

		byte[] pdf = this.mvc.perform(get("/summary.pdf").param("range", "journey")
			.param("journey", String.valueOf(created.journeyId())).with(user(created.user())))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		Files.createDirectories(Path.of("target", "screenshots"));
		Files.write(Path.of("target", "screenshots", "summary-every-stage.pdf"), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Progress summary").contains("Commitments kept").contains("Messages marked sent");
		}
	}

}
