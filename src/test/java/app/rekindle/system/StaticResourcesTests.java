package app.rekindle.system;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import app.rekindle.testsupport.JournalTest;
import app.rekindle.testsupport.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
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

	@Autowired
	private TestAccounts accounts;

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

	/**
	 * The files have a security chain of their own that reads no session and writes none, but sends the
	 * same security headers as the pages, to a visitor and to someone signed in.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "/css/app.css", "/js/quick-exit.js", "/favicon.svg", "/icons/apple-touch-icon.png" })
	void filesCarryThePagesSecurityHeadersAndStartNoSession(String path) throws Exception {
		MockHttpServletResponse page = this.mvc.perform(get("/login")).andReturn().getResponse();
		for (RequestPostProcessor who : List.<RequestPostProcessor>of((request) -> request, user(this.accounts.create()))) {
			MvcResult file = this.mvc.perform(get(path).with(who)).andExpect(status().isOk()).andReturn();
			for (String header : List.of("Content-Security-Policy", "Referrer-Policy", "X-Frame-Options",
					"X-Content-Type-Options")) {
				assertThat(file.getResponse().getHeader(header)).as(header).isNotNull().isEqualTo(page.getHeader(header));
			}
			assertThat(file.getResponse().getHeaders("Set-Cookie")).isEmpty();
			assertThat(file.getRequest().getSession(false)).isNull();
		}
	}

	@Test
	void aMissingStaticFileIsNotFound() throws Exception {
		this.mvc.perform(get("/css/missing.css")).andExpect(status().isNotFound());
		this.mvc.perform(get("/js/missing.js")).andExpect(status().isNotFound());
	}

}
