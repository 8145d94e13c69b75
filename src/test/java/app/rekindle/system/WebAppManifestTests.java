package app.rekindle.system;

import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import app.rekindle.testsupport.JournalTest;
import app.rekindle.testsupport.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The journal can be added to a home screen: a manifest every page links, and its icons, all public. */
@JournalTest
class WebAppManifestTests {

	private static final Pattern MANIFEST_LINK = Pattern.compile("<link rel=\"manifest\" href=\"([^\"]+)\">");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestAccounts accounts;

	@Test
	void theManifestIsPublicCacheableJsonThatStartsOnToday() throws Exception {
		byte[] body = this.mvc.perform(get("/manifest.webmanifest"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("application/manifest+json")))
			.andExpect(header().string("Cache-Control", containsString("max-age=86400")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		JsonNode manifest = JsonMapper.builder().build().readTree(body);
		assertThat(manifest.path("name").asText()).isEqualTo("Journal");
		assertThat(manifest.path("short_name").asText()).isEqualTo("Journal");
		assertThat(manifest.path("display").asText()).isEqualTo("standalone");
		assertThat(manifest.path("start_url").asText()).isEqualTo("/dashboard");
		assertThat(manifest.path("background_color").asText()).isEqualTo("#faf7f2");
		assertThat(manifest.path("theme_color").asText()).isEqualTo("#ffffff");
		assertThat(manifest.has("serviceworker")).isFalse();
	}

	@Test
	void everyIconIsServedPubliclyAtItsStatedSize() throws Exception {
		JsonNode manifest = JsonMapper.builder().build()
			.readTree(this.mvc.perform(get("/manifest.webmanifest")).andReturn().getResponse().getContentAsByteArray());
		List<String> purposes = new ArrayList<>();
		for (JsonNode icon : manifest.path("icons")) {
			byte[] png = this.mvc.perform(get(icon.path("src").asText()))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Type", "image/png"))
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
			assertThat(image.getWidth() + "x" + image.getHeight()).isEqualTo(icon.path("sizes").asText());
			purposes.add(icon.path("sizes").asText() + " " + icon.path("purpose").asText());
		}
		assertThat(purposes).contains("192x192 any", "512x512 any", "512x512 maskable");

		BufferedImage touch = ImageIO.read(new ByteArrayInputStream(this.mvc.perform(get("/icons/apple-touch-icon.png"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray()));
		assertThat(touch.getWidth()).isEqualTo(180);
	}

	@Test
	void everyPageLinksTheManifestTheThemeColourAndTheHomeScreenIcon() throws Exception {
		for (String page : new String[] { "/", "/login", "/signup", "/recover", "/support" }) {
			assertLinks(this.mvc.perform(get(page)).andReturn().getResponse().getContentAsString());
		}
		assertLinks(this.mvc.perform(get("/dashboard").with(user(this.accounts.create()))).andReturn().getResponse()
			.getContentAsString());
	}

	private void assertLinks(String page) throws Exception {
		Matcher link = MANIFEST_LINK.matcher(page);
		assertThat(link.find()).as("a manifest link").isTrue();
		this.mvc.perform(get(link.group(1))).andExpect(status().isOk());
		assertThat(page).contains("<meta name=\"theme-color\" content=\"#ffffff\"")
			.containsPattern("<link rel=\"apple-touch-icon\" href=\"/icons/apple-touch-icon[-0-9a-f]*\\.png\">");
	}

}
