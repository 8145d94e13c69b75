package app.rekindle.export.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import app.rekindle.account.AccountUser;
import app.rekindle.export.MarkdownReader;
import app.rekindle.testsupport.EveryKindFixture;
import app.rekindle.testsupport.JournalTest;
import app.rekindle.testsupport.MutableClock;
import app.rekindle.testsupport.MutableClockConfiguration;
import app.rekindle.testsupport.TestAccounts;

import static app.rekindle.export.MarkdownReader.nodes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@JournalTest
class ExportControllerTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private MutableClock clock;

	@Autowired
	private EveryKindFixture fixture;

	@Autowired
	private TestAccounts accounts;

	@BeforeEach
	void startOfTheStory() {
		this.clock.set(MutableClockConfiguration.START);
	}

	@Test
	void theJsonExportIsADownloadOfEveryKindOfDataDecrypted() throws Exception {
		EveryKindFixture.Created created = this.fixture.create("Aster");

		MvcResult result = this.mvc.perform(get("/account/export.json").with(user(created.user())))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/json;charset=UTF-8"))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"journal-export-2026-10-02.json\""))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("no-store")))
			.andReturn();
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		JsonNode root = JSON.readTree(body);

		assertThat(root.get("formatVersion").intValue()).isEqualTo(1);
		assertThat(root.get("exportedAt").stringValue()).isEqualTo("2026-10-02T13:00:00Z");
		assertThat(root.at("/account/email").stringValue()).isEqualTo(created.user().getUsername());
		assertThat(root.get("journeys")).hasSize(2);
		assertThat(root.at("/journeys/0/reflection/mistakes/0/plan").stringValue())
			.isEqualTo(created.text("say it the same day"));
		assertThat(root.at("/journeys/0/noContact/unsentLetters/0/body").stringValue())
			.isEqualTo(created.text("dear you") + "\nsecond line");
		assertThat(root.at("/checkIns/1/note").stringValue()).startsWith(created.text("today"))
			.endsWith(EveryKindFixture.MARKDOWN_HOSTILE);
		assertThat(body).as("no password hash, no ciphertext")
			.doesNotContain("password", "{bcrypt}", "$2a$", "\"v1:");
	}

	@Test
	void theMarkdownExportHoldsTheSameTextsEscaped() throws Exception {
		EveryKindFixture.Created created = this.fixture.create("Aster");
		JsonNode json = JSON.readTree(this.mvc.perform(get("/account/export.json").with(user(created.user())))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));

		String markdown = this.mvc.perform(get("/account/export.md").with(user(created.user())))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "text/markdown;charset=UTF-8"))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"journal-export-2026-10-02.md\""))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Node document = MarkdownReader.parse(markdown);
		String readable = MarkdownReader.text(document);

		List<String> written = textsStartingWith(json, created.tag());
		assertThat(written).as("every text the person wrote, from the JSON").hasSizeGreaterThan(25);
		for (String text : written) {
			assertThat(readable).contains(text.replace("\n    ", "\n"));
		}
		assertThat(markdown).contains("# Your journal", "## Journey with Aster Sam", "### Reflection",
				"#### Your own part", "### Trial period", "## Daily check-ins", "### Thursday 1 October 2026");
		assertThat(nodes(document, Heading.class)).extracting(MarkdownReader::text)
			.noneMatch((heading) -> heading.contains("Not a heading"));
		assertThat(nodes(document, BlockQuote.class)).isEmpty();
		assertThat(nodes(document, OrderedList.class)).isEmpty();
		assertThat(nodes(document, Link.class)).isEmpty();
		assertThat(nodes(document, Code.class)).isEmpty();
		assertThat(nodes(document, HtmlInline.class)).isEmpty();
		assertThat(nodes(document, HtmlBlock.class)).isEmpty();
		assertThat(nodes(document, FencedCodeBlock.class)).isEmpty();
		assertThat(nodes(document, IndentedCodeBlock.class)).isEmpty();
	}

	@Test
	void anotherAccountsDataIsNeverInAnExport() throws Exception {
		EveryKindFixture.Created mine = this.fixture.create("Aster");
		EveryKindFixture.Created theirs = this.fixture.create("Bramble");

		for (String path : List.of("/account/export.json", "/account/export.md")) {
			String export = this.mvc.perform(get(path).with(user(mine.user())))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(export).contains("Aster", mine.user().getUsername())
				.doesNotContain("Bramble", theirs.user().getUsername());
		}
	}

	@Test
	void anAccountWithNothingInItYetExportsAnEmptyJournal() throws Exception {
		AccountUser user = this.accounts.create();

		JsonNode root = JSON.readTree(this.mvc.perform(get("/account/export.json").with(user(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(root.get("journeys")).isEmpty();
		assertThat(root.get("checkIns")).isEmpty();
		this.mvc.perform(get("/account/export.md").with(user(user)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No journeys yet.")))
			.andExpect(content().string(containsString("No check-ins yet.")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/account/export.json", "/account/export.md" })
	void anExportNeedsASignedInAccount(String path) throws Exception {
		this.mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void theAccountPageOffersBothDownloads() throws Exception {
		this.mvc.perform(get("/account").with(user(this.accounts.create())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your data")))
			.andExpect(content().string(containsString("href=\"/account/export.md\"")))
			.andExpect(content().string(containsString("href=\"/account/export.json\"")));
	}

	/** Every string value in the JSON that starts with the tag: what the person wrote. */
	static List<String> textsStartingWith(JsonNode node, String tag) {
		List<String> texts = new ArrayList<>();
		if (node.isString() && node.stringValue().startsWith(tag)) {
			texts.add(node.stringValue());
		}
		node.values().forEach((child) -> texts.addAll(textsStartingWith(child, tag)));
		return texts;
	}

}
