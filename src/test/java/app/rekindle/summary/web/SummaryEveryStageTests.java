package app.rekindle.summary.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import app.rekindle.testsupport.EveryKindFixture;
import app.rekindle.testsupport.JournalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A journey with something in every stage: every section of the summary has its figures, on the page and in the PDF. */
@JournalTest
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
			// Words wrap where the paper ends a line; read them as one line.
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Progress summary").contains("Commitments kept").contains("Messages marked sent");
		}
	}

	/** The form's boxes, in order, each with the fixture's words it lets in (the fixture tags every text). */
	private static Map<String, List<String>> wordsOfEachBox() {
		Map<String, List<String>> boxes = new LinkedHashMap<>();
		boxes.put("nickname", List.of("Sam"));
		boxes.put("reflection", List.of("we stopped talking", "I went quiet", "say it the same day", "Sunday evenings",
				"the last night", "we both listen now", "talk about money", "my sister agrees"));
		boxes.put("notes", List.of("today", "dear you"));
		boxes.put("reachingOut", List.of("hope you are well", "they smiled", "good call", "listen more"));
		boxes.put("trust", List.of("what I did", "it was mine", "what I will do", "you will see", "call when late",
				"no phones at dinner", "cooked dinner", "activity note"));
		boxes.put("trial", List.of("checkpoint note", "what will differ", "closeness missing"));
		return boxes;
	}

	/**
	 * With every box unticked, not one word the person wrote is on the page or in the PDF: every
	 * text of the fixture starts with its tag, so the tag must not appear at all. The figures stay.
	 */
	@Test
	void withEveryBoxUntickedNoWordThePersonWroteIsOnThePageOrInThePdf() throws Exception {
		EveryKindFixture.Created created = this.fixture.create("Leakcheck");
		String page = page(created, List.of());
		assertThat(page).doesNotContainIgnoringCase(created.tag())
			.contains("A journey")
			.contains("Messages marked sent").contains("Commitments kept").contains("Boundaries agreed by both")
			.contains("Own part written down").contains("What was written is left out of this copy.")
			.contains("<figure");
		String pdf = pdf(created, List.of());
		assertThat(pdf).doesNotContainIgnoringCase(created.tag())
			.contains("Progress summary").contains("Messages marked sent").contains("Own part written down");
	}

	/** Each box lets in its own words and no other box's, on the page and in the PDF alike. */
	@Test
	void eachBoxLetsInItsOwnWordsAndNoOthers() throws Exception {
		EveryKindFixture.Created created = this.fixture.create("Onlyone");
		Map<String, List<String>> boxes = wordsOfEachBox();
		List<String> problems = new ArrayList<>();
		for (String box : boxes.keySet()) {
			String page = page(created, List.of(box));
			String pdf = pdf(created, List.of(box));
			for (Map.Entry<String, List<String>> kind : boxes.entrySet()) {
				for (String words : kind.getValue()) {
					String tagged = created.text(words);
					boolean wanted = kind.getKey().equals(box);
					if (page.contains(tagged) != wanted) {
						problems.add("page with only " + box + (wanted ? " lacks " : " shows ") + tagged);
					}
					if (pdf.contains(tagged) != wanted) {
						problems.add("PDF with only " + box + (wanted ? " lacks " : " shows ") + tagged);
					}
				}
			}
			// Nothing else the person wrote (goals, motives, the self-care they named, the ending's note) ever shows.
			for (String never : List.of("sleeping again", "motives note", "run 5k", "ran 2k", "painted", "back together",
					"call my sister")) {
				if (page.contains(created.text(never)) || pdf.contains(created.text(never))) {
					problems.add("with only " + box + " the summary shows " + created.text(never));
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	/** The page's form keeps each choice, unticked boxes included, for the next view and the PDF button. */
	@Test
	void theFormKeepsTheChoiceForThePdfWithoutJavaScript() throws Exception {
		EveryKindFixture.Created created = this.fixture.create("Keeps");
		String page = page(created, List.of("notes", "trial"));
		assertThat(page).contains("formaction=\"/summary.pdf\"");
		for (String box : wordsOfEachBox().keySet()) {
			java.util.regex.Matcher input = java.util.regex.Pattern.compile("<input type=\"checkbox\"[^>]*name=\"" + box + "\"[^>]*>")
				.matcher(page);
			assertThat(input.find()).as("a box for %s", box).isTrue();
			assertThat(input.group().contains("checked")).as("%s ticked", box).isEqualTo(List.of("notes", "trial").contains(box));
			assertThat(page).as("the marker that keeps %s unticked", box).contains("name=\"_" + box + "\"");
		}
		// A first visit, with no choice made, shows the name and reflection and keeps the rest private.
		String first = this.mvc.perform(get("/summary").param("journey", String.valueOf(created.journeyId()))
			.with(user(created.user())))
			.andReturn().getResponse().getContentAsString();
		assertThat(first).contains(created.text("Sam")).contains(created.text("we stopped talking"))
			.doesNotContain(created.text("dear you")).doesNotContain(created.text("good call"))
			.doesNotContain(created.text("cooked dinner")).doesNotContain(created.text("checkpoint note"));
	}

	private String page(EveryKindFixture.Created created, List<String> ticked) throws Exception {
		return this.mvc.perform(chosen(get("/summary"), created, ticked))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}

	/** The PDF's text, each run of white space one space. */
	private String pdf(EveryKindFixture.Created created, List<String> ticked) throws Exception {
		byte[] pdf = this.mvc.perform(chosen(get("/summary.pdf"), created, ticked))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	/** The request the form sends: the ticked boxes, and a marker for every box as th:field writes it. */
	private static MockHttpServletRequestBuilder chosen(MockHttpServletRequestBuilder request,
			EveryKindFixture.Created created, List<String> ticked) {
		request.param("range", "journey").param("journey", String.valueOf(created.journeyId())).with(user(created.user()));
		for (String box : wordsOfEachBox().keySet()) {
			request.param("_" + box, "on");
			if (ticked.contains(box)) {
				request.param(box, "true");
			}
		}
		return request;
	}

}
