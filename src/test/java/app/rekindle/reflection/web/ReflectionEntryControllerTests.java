package app.rekindle.reflection.web;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import app.rekindle.account.AccountUser;
import app.rekindle.journey.Journey;
import app.rekindle.progression.Stage;
import app.rekindle.reflection.BreakupCause;
import app.rekindle.reflection.EntryContent;
import app.rekindle.reflection.EntryKind;
import app.rekindle.reflection.ReflectionEntry;
import app.rekindle.reflection.ReflectionService;
import app.rekindle.testsupport.JournalTest;
import app.rekindle.testsupport.TestAccounts;
import app.rekindle.testsupport.TestJourneys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@JournalTest
class ReflectionEntryControllerTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private TestJourneys journeys;

	@Autowired
	private ReflectionService reflection;

	@Autowired
	private JdbcTemplate jdbc;

	@ParameterizedTest
	@EnumSource(EntryKind.class)
	void savesAValidEntryAndListsIt(EntryKind kind) throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);
		String body = "Sunday evenings <b>alone</b> in the flat";

		this.mvc.perform(add(user, journey, kind, body, kind.hasPlan() ? "Call my sister first" : null))
			.andExpect(redirectedUrl(listUrl(journey, kind)))
			.andExpect(flash().attribute("notice", "reflection.entry.added"));

		this.mvc.perform(get(listUrl(journey, kind)).with(user(user)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sunday evenings &lt;b&gt;alone&lt;/b&gt; in the flat")))
			.andExpect(content().string(kind.hasPlan() ? containsString("Call my sister first") : not(containsString("Call my sister"))));
		assertThat(this.reflection.entries(user.accountId(), journey.getId(), kind)).singleElement()
			.satisfies((entry) -> assertThat(entry.getBody()).isEqualTo(body));
		assertThat(this.jdbc.queryForObject("select body from reflection_entry where journey_id = ?", String.class,
				journey.getId()))
			.startsWith("v1:")
			.doesNotContain("Sunday");
	}

	static Stream<Arguments> invalidEntries() {
		String tooLong = "x".repeat(EntryForm.TEXT_MAX + 1);
		return Stream.of(Arguments.of(EntryKind.CAUSE, "", "", null, "body", "Please write a few words here."),
				Arguments.of(EntryKind.CAUSE, "", "We drifted apart", null, "category", "Please choose a cause from the list."),
				Arguments.of(EntryKind.CAUSE, "NOT_A_CAUSE", "We drifted apart", null, "category", "Please choose a cause from the list."),
				Arguments.of(EntryKind.CAUSE, "TRUST", tooLong, null, "body", "Please keep this to 2,000 characters."),
				Arguments.of(EntryKind.MISTAKE, null, "I went quiet for days", "", "plan", "Please add what you will do differently."),
				Arguments.of(EntryKind.MISTAKE, null, "I went quiet for days", "   ", "plan", "Please add what you will do differently."),
				Arguments.of(EntryKind.MISTAKE, null, "   ", "Say it the same day", "body", "Please write a few words here."),
				Arguments.of(EntryKind.MISTAKE, null, "I went quiet for days", tooLong, "plan", "Please keep this to 2,000 characters."),
				Arguments.of(EntryKind.TRIGGER, null, "", "Walk first", "body", "Please write a few words here."),
				Arguments.of(EntryKind.TRIGGER, null, "Our song", tooLong, "plan", "Please keep this to 2,000 characters."),
				Arguments.of(EntryKind.GROWTH, null, tooLong, null, "body", "Please keep this to 2,000 characters."));
	}

	@ParameterizedTest(name = "{0}: {4}")
	@MethodSource("invalidEntries")
	void refusesInvalidInputOnTheSamePageAndKeepsTheText(EntryKind kind, String category, String body, String plan,
			String field, String message) throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);
		MockHttpServletRequestBuilder request = post(listUrl(journey, kind)).with(user(user)).with(csrf()).param("body", body);
		if (category != null) {
			request.param("category", category);
		}
		if (plan != null) {
			request.param("plan", plan);
		}
		String page = this.mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", field))
			.andExpect(content().string(containsString(message)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		if (!body.isBlank()) {
			assertThat(page).contains(">" + body + "</textarea>");
		}
		if (plan != null && !plan.isBlank()) {
			assertThat(page).contains(">" + plan + "</textarea>");
		}
		assertThat(this.reflection.entries(user.accountId(), journey.getId(), kind)).isEmpty();
	}

	@Test
	void editsAnEntry() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);
		ReflectionEntry entry = mistake(user, journey);

		this.mvc.perform(get(entryUrl(journey, entry, "edit")).with(user(user)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("I cancelled plans at the last minute")));
		this.mvc.perform(post(entryUrl(journey, entry, "edit")).with(user(user))
			.with(csrf())
			.param("body", "I cancelled plans, often")
			.param("plan", "Keep the plans I make"))
			.andExpect(redirectedUrl(listUrl(journey, EntryKind.MISTAKE)));

		ReflectionEntry saved = this.reflection.entry(user.accountId(), journey.getId(), EntryKind.MISTAKE, entry.getId());
		assertThat(saved.getBody()).isEqualTo("I cancelled plans, often");
		assertThat(saved.getPlan()).isEqualTo("Keep the plans I make");
	}

	@Test
	void refusesAnInvalidEditOnTheSamePage() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);
		ReflectionEntry entry = mistake(user, journey);
		this.mvc.perform(post(entryUrl(journey, entry, "edit")).with(user(user)).with(csrf())
			.param("body", "Changed my mind about this")
			.param("plan", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please add what you will do differently.")))
			.andExpect(content().string(containsString(">Changed my mind about this</textarea>")));
		assertThat(this.reflection.entry(user.accountId(), journey.getId(), EntryKind.MISTAKE, entry.getId()).getBody())
			.isEqualTo("I cancelled plans at the last minute");
	}

	@Test
	void deletesAnEntry() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);
		ReflectionEntry entry = mistake(user, journey);
		this.mvc.perform(post(entryUrl(journey, entry, "delete")).with(user(user)).with(csrf()))
			.andExpect(redirectedUrl(listUrl(journey, EntryKind.MISTAKE)));
		assertThat(this.reflection.entries(user.accountId(), journey.getId(), EntryKind.MISTAKE)).isEmpty();
	}

	@Test
	void anEntryOfOneListIsNotFoundUnderAnother() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);
		ReflectionEntry entry = mistake(user, journey);
		this.mvc.perform(get("/journeys/{j}/reflection/causes/{e}/edit", journey.getId(), entry.getId()).with(user(user)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/journeys/{j}/reflection/nonsense", journey.getId()).with(user(user)))
			.andExpect(status().isNotFound());
	}

	@Test
	void isReadOnlyOnceTheJourneyMovesPastReflection() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);
		ReflectionEntry entry = mistake(user, journey);
		this.journeys.putInStage(journey.getId(), Stage.NO_CONTACT);

		this.mvc.perform(get(listUrl(journey, EntryKind.MISTAKE)).with(user(user)))
			.andExpect(content().string(containsString("I cancelled plans at the last minute")))
			.andExpect(content().string(containsString("can be read but not changed")))
			.andExpect(content().string(not(containsString("Add another"))))
			.andExpect(content().string(not(containsString(">Remove<"))));
		this.mvc.perform(add(user, journey, EntryKind.MISTAKE, "late addition", "late plan"))
			.andExpect(redirectedUrl("/journeys/" + journey.getId() + "/reflection"))
			.andExpect(flash().attribute("notice", "reflection.closed"));
		this.mvc.perform(post(entryUrl(journey, entry, "delete")).with(user(user)).with(csrf()))
			.andExpect(flash().attribute("notice", "reflection.closed"));
		this.mvc.perform(get(entryUrl(journey, entry, "edit")).with(user(user)))
			.andExpect(redirectedUrl(listUrl(journey, EntryKind.MISTAKE)));
		assertThat(this.reflection.entries(user.accountId(), journey.getId())).hasSize(1);
	}

	private ReflectionEntry mistake(AccountUser user, Journey journey) {
		return this.reflection.add(user.accountId(), journey.getId(), new EntryContent(EntryKind.MISTAKE, null,
				"I cancelled plans at the last minute", "Tell them early when I cannot come"));
	}

	private static MockHttpServletRequestBuilder add(AccountUser user, Journey journey, EntryKind kind, String body,
			String plan) {
		MockHttpServletRequestBuilder request = post(listUrl(journey, kind)).with(user(user)).with(csrf()).param("body", body);
		if (kind.hasCategory()) {
			request.param("category", BreakupCause.COMMUNICATION.name());
		}
		if (plan != null) {
			request.param("plan", plan);
		}
		return request;
	}

	static String listUrl(Journey journey, EntryKind kind) {
		return "/journeys/" + journey.getId() + "/reflection/" + kind.slug();
	}

	private static String entryUrl(Journey journey, ReflectionEntry entry, String action) {
		return listUrl(journey, entry.getKind()) + "/" + entry.getId() + "/" + action;
	}

}
