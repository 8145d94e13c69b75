package app.rekindle.system;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.thymeleaf.cache.ExpressionCacheKey;
import org.thymeleaf.cache.StandardCache;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import app.rekindle.testsupport.EveryKindFixture;
import app.rekindle.testsupport.JournalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every expression of the busiest pages stays in Thymeleaf's cache once parsed: rendering them again
 * parses nothing again (the default cache of 500 entries could not hold them, docs/PERFORMANCE.md).
 */
@JournalTest
class TemplateExpressionCacheTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private EveryKindFixture fixture;

	@Autowired
	private SpringTemplateEngine engine;

	@Test
	@SuppressWarnings("unchecked")
	void theBusiestPagesParseEachExpressionOnce() throws Exception {
		EveryKindFixture.Created created = this.fixture.create("cache");
		String today = this.mvc.perform(get("/checkin").with(user(created.user())))
			.andReturn().getResponse().getRedirectedUrl();
		List<MockHttpServletRequestBuilder> pages = List.of(get("/dashboard"), get("/history").param("range", "90"),
				get("/history").param("range", "365"),
				get("/summary").param("range", "journey").param("notes", "true").param("reachingOut", "true")
					.param("trust", "true").param("trial", "true").param("journey", String.valueOf(created.journeyId())),
				get(today), get("/account"), get("/journeys/" + created.journeyId()));
		assertThat(this.engine.getCacheManager().getExpressionCache()).isInstanceOf(StandardCache.class);
		StandardCache<ExpressionCacheKey, Object> cache = (StandardCache<ExpressionCacheKey, Object>) this.engine
			.getCacheManager()
			.getExpressionCache();
		assertThat(cache.getUseSoftReferences()).isFalse();
		assertThat(cache.getMaxSize()).isEqualTo(TemplateCacheConfiguration.EXPRESSION_CACHE_SIZE);

		render(pages, created);
		Set<Object> parsed = Collections.newSetFromMap(new IdentityHashMap<>());
		List<ExpressionCacheKey> keys = new ArrayList<>(cache.keySet());
		keys.forEach((key) -> parsed.add(cache.get(key)));
		assertThat(keys).as("more entries than Thymeleaf's default cache holds").hasSizeGreaterThan(500);

		render(pages, created);
		assertThat(cache.keySet()).containsExactlyInAnyOrderElementsOf(keys);
		for (ExpressionCacheKey key : keys) {
			assertThat(parsed).as("parsed again: %s", key).contains(cache.get(key));
		}
		assertThat(cache.size()).isLessThan(TemplateCacheConfiguration.EXPRESSION_CACHE_SIZE / 4);
	}

	private void render(List<MockHttpServletRequestBuilder> pages, EveryKindFixture.Created created) throws Exception {
		for (MockHttpServletRequestBuilder page : pages) {
			this.mvc.perform(page.with(user(created.user()))).andExpect(status().isOk());
		}
	}

}
