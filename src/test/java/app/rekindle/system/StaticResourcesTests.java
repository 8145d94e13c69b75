package app.rekindle.system;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import app.rekindle.testsupport.JournalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Pages link the static files by a content fingerprint; the files are served and kept for 30 days; pages are not files. */
@JournalTest
class StaticResourcesTests {

	private static final Pattern STYLESHEET = Pattern.compile("href=\"(/css/app-[0-9a-f]{32}\\.css)\"");

	@Autowired
	private MockMvc mvc;

	@Test
	void pagesLinkFingerprintedFilesThatAreServedAndKeptForThirtyDays() throws Exception {
		String page = this.mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		Matcher link = STYLESHEET.matcher(page);
		assertThat(link.find()).as("a fingerprinted stylesheet link in %s", page).isTrue();

		this.mvc.perform(get(link.group(1)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/css"))
			.andExpect(header().string("Cache-Control", containsString("max-age=2592000")));
		this.mvc.perform(get("/js/quick-exit.js")).andExpect(status().isOk());
		this.mvc.perform(get("/favicon.svg"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("max-age=2592000")));
	}

	@Test
	void aMissingStaticFileIsNotFound() throws Exception {
		this.mvc.perform(get("/css/missing.css")).andExpect(status().isNotFound());
		this.mvc.perform(get("/js/missing.js")).andExpect(status().isNotFound());
	}

}
