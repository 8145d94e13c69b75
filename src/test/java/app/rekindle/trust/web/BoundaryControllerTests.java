package app.rekindle.trust.web;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import app.rekindle.account.AccountUser;
import app.rekindle.journey.Journey;
import app.rekindle.progression.Stage;
import app.rekindle.testsupport.JournalTest;
import app.rekindle.testsupport.TestAccounts;
import app.rekindle.testsupport.TestJourneys;
import app.rekindle.trust.Boundary;
import app.rekindle.trust.BoundaryContent;
import app.rekindle.trust.BoundaryService;
import app.rekindle.trust.Whose;

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
class BoundaryControllerTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private TestJourneys journeys;

	@Autowired
	private BoundaryService boundaries;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void savesBoundariesEncryptedAndCountsTheOnesAgreedByBoth() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = inTrust(user);

		this.mvc.perform(add(user, journey, "No phones at <dinner>", "SHARED", "true"))
			.andExpect(redirectedUrl(url(journey)))
			.andExpect(flash().attribute("notice", "trust.boundary.added"));
		this.mvc.perform(add(user, journey, "I need an evening alone each week", "MINE", "false"));

		this.mvc.perform(get(url(journey)).with(user(user)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1 of 2 agreed by both")))
			.andExpect(content().string(containsString("No phones at &lt;dinner&gt;")))
			.andExpect(content().string(containsString("Ours: something we both hold to")))
			.andExpect(content().string(containsString("Not agreed yet")));
		assertThat(this.boundaries.boundaries(user.accountId(), journey.getId())).extracting(Boundary::getWhose)
			.containsExactly(Whose.SHARED, Whose.MINE);
		assertThat(this.jdbc.queryForList("select description from trust_boundary where journey_id = ?", String.class,
				journey.getId()))
			.allSatisfy((raw) -> assertThat(raw).startsWith("v1:").doesNotContain("phones").doesNotContain("evening"));
	}

	@Test
	void editsABoundaryOnceBothHaveAgreed() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = inTrust(user);
		Boundary boundary = boundary(user, journey);

		this.mvc.perform(get(editUrl(journey, boundary)).with(user(user)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">I need an evening alone each week</textarea>")));
		this.mvc.perform(post(editUrl(journey, boundary)).with(user(user))
			.with(csrf())
			.param("description", "An evening alone each week, said in advance")
			.param("whose", "MINE")
			.param("agreedByBoth", "true"))
			.andExpect(redirectedUrl(url(journey)))
			.andExpect(flash().attribute("notice", "trust.boundary.saved"));

		Boundary saved = this.boundaries.boundary(user.accountId(), journey.getId(), boundary.getId());
		assertThat(saved.getDescription()).isEqualTo("An evening alone each week, said in advance");
		assertThat(saved.isAgreedByBoth()).isTrue();
	}

	static Stream<Arguments> invalidBoundaries() {
		String tooLong = "x".repeat(BoundaryForm.DESCRIPTION_MAX + 1);
		return Stream.of(Arguments.of("", "SHARED", "true", "description", "Please write the boundary in a few words."),
				Arguments.of("  ", "SHARED", "true", "description", "Please write the boundary in a few words."),
				Arguments.of(tooLong, "SHARED", "true", "description", "Please keep this to 500 characters."),
				Arguments.of("No phones at dinner", null, "true", "whose", "Please choose whose boundary it is."),
				Arguments.of("No phones at dinner", "EVERYONE", "true", "whose", "Please choose whose boundary it is."),
				Arguments.of("No phones at dinner", "SHARED", null, "agreedByBoth",
						"Please say whether you have both agreed to it."),
				Arguments.of("No phones at dinner", "SHARED", "perhaps", "agreedByBoth",
						"Please say whether you have both agreed to it."));
	}

	@ParameterizedTest(name = "{3}: {4}")
	@MethodSource("invalidBoundaries")
	void refusesAnInvalidBoundaryOnTheSamePageAndKeepsTheText(String description, String whose, String agreed,
			String field, String message) throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = inTrust(user);
		String page = this.mvc.perform(add(user, journey, description, whose, agreed))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("boundaryForm", field))
			.andExpect(content().string(containsString(message)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		if (!description.isBlank()) {
			assertThat(page).contains(">" + description + "</textarea>");
		}
		assertThat(this.boundaries.boundaries(user.accountId(), journey.getId())).isEmpty();
	}

	@Test
	void refusesAnInvalidEditOnTheSamePage() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = inTrust(user);
		Boundary boundary = boundary(user, journey);
		this.mvc.perform(post(editUrl(journey, boundary)).with(user(user))
			.with(csrf())
			.param("description", "Changed my mind about this")
			.param("whose", "NOBODY")
			.param("agreedByBoth", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please choose whose boundary it is.")))
			.andExpect(content().string(containsString(">Changed my mind about this</textarea>")));
		assertThat(this.boundaries.boundary(user.accountId(), journey.getId(), boundary.getId()).getDescription())
			.isEqualTo("I need an evening alone each week");
	}

	@Test
	void deletesABoundary() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = inTrust(user);
		Boundary boundary = boundary(user, journey);
		this.mvc.perform(post(url(journey) + "/" + boundary.getId() + "/delete").with(user(user)).with(csrf()))
			.andExpect(redirectedUrl(url(journey)))
			.andExpect(flash().attribute("notice", "remove.boundary.done"));
		assertThat(this.boundaries.boundaries(user.accountId(), journey.getId())).isEmpty();
	}

	@Test
	void isReadOnlyOnceTheJourneyMovesPastRebuildingTrust() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = inTrust(user);
		Boundary boundary = boundary(user, journey);
		this.journeys.putInStage(journey.getId(), Stage.TRIAL_PERIOD);
		String overview = "/journeys/" + journey.getId() + "/trust";

		this.mvc.perform(get(url(journey)).with(user(user)))
			.andExpect(content().string(containsString("I need an evening alone each week")))
			.andExpect(content().string(containsString("can be read but not changed")))
			.andExpect(content().string(not(containsString("Add a boundary"))))
			.andExpect(content().string(not(containsString(">Edit<"))));
		this.mvc.perform(get(editUrl(journey, boundary)).with(user(user))).andExpect(redirectedUrl(url(journey)));
		this.mvc.perform(add(user, journey, "late", "MINE", "true"))
			.andExpect(redirectedUrl(overview))
			.andExpect(flash().attribute("notice", "trust.closed"));
		this.mvc.perform(post(editUrl(journey, boundary)).with(user(user))
			.with(csrf())
			.param("description", "late change")
			.param("whose", "MINE")
			.param("agreedByBoth", "true"))
			.andExpect(redirectedUrl(overview))
			.andExpect(flash().attribute("notice", "trust.closed"));
		this.mvc.perform(post(url(journey) + "/" + boundary.getId() + "/delete").with(user(user)).with(csrf()))
			.andExpect(flash().attribute("notice", "trust.closed"));
		assertThat(this.boundaries.boundaries(user.accountId(), journey.getId())).singleElement()
			.satisfies((kept) -> assertThat(kept.isAgreedByBoth()).isFalse());
	}

	private Journey inTrust(AccountUser user) {
		Journey journey = this.journeys.start(user);
		this.journeys.putInStage(journey.getId(), Stage.REBUILDING_TRUST);
		return journey;
	}

	private Boundary boundary(AccountUser user, Journey journey) {
		return this.boundaries.add(user.accountId(), journey.getId(),
				new BoundaryContent("I need an evening alone each week", Whose.MINE, false));
	}

	private static MockHttpServletRequestBuilder add(AccountUser user, Journey journey, String description,
			String whose, String agreed) {
		MockHttpServletRequestBuilder request = post(url(journey)).with(user(user))
			.with(csrf())
			.param("description", description);
		if (whose != null) {
			request.param("whose", whose);
		}
		if (agreed != null) {
			request.param("agreedByBoth", agreed);
		}
		return request;
	}

	static String url(Journey journey) {
		return "/journeys/" + journey.getId() + "/trust/boundaries";
	}

	private static String editUrl(Journey journey, Boundary boundary) {
		return url(journey) + "/" + boundary.getId() + "/edit";
	}

}
