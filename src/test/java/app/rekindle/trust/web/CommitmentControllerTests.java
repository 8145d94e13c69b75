package app.rekindle.trust.web;

import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import app.rekindle.account.AccountUser;
import app.rekindle.journey.Journey;
import app.rekindle.progression.Stage;
import app.rekindle.testsupport.TestAccounts;
import app.rekindle.testsupport.TestJourneys;
import app.rekindle.trust.Commitment;
import app.rekindle.trust.CommitmentService;
import app.rekindle.trust.CommitmentState;

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

@SpringBootTest
@AutoConfigureMockMvc
class CommitmentControllerTests {

	private static final LocalDate DUE = LocalDate.of(2026, 11, 3);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private TestJourneys journeys;

	@Autowired
	private CommitmentService commitments;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void savesCommitmentsEncryptedAndShowsTheKeptShare() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = inTrust(user);

		this.mvc.perform(add(user, journey, "Call on <Sunday> evening", "2026-11-03", null))
			.andExpect(redirectedUrl(url(journey)))
			.andExpect(flash().attribute("notice", "trust.commitment.added"));
		for (int i = 0; i < 3; i++) {
			this.mvc.perform(add(user, journey, "Be on time " + i, "2026-11-0" + (4 + i), "KEPT"));
		}
		this.mvc.perform(add(user, journey, "Cook on Friday", "2026-11-08", "BROKEN"));

		this.mvc.perform(get(url(journey)).with(user(user)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("3 of 5 kept (60%)")))
			.andExpect(content().string(containsString("Call on &lt;Sunday&gt; evening")))
			.andExpect(content().string(containsString("Due 3 Nov 2026")))
			.andExpect(content().string(containsString("Not kept")));
		assertThat(this.commitments.commitments(user.accountId(), journey.getId())).extracting(Commitment::getState)
			.containsExactly(CommitmentState.PENDING, CommitmentState.KEPT, CommitmentState.KEPT, CommitmentState.KEPT,
					CommitmentState.BROKEN);
		assertThat(this.jdbc.queryForList("select promise from trust_commitment where journey_id = ?", String.class,
				journey.getId()))
			.hasSize(5)
			.allSatisfy((raw) -> assertThat(raw).startsWith("v1:").doesNotContain("Sunday").doesNotContain("Cook"));
	}

	@Test
	void marksACommitmentKeptAndTheShareFollows() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = inTrust(user);
		Commitment commitment = this.commitments.add(user.accountId(), journey.getId(), "Call on Sunday", DUE,
				CommitmentState.PENDING);
		this.commitments.add(user.accountId(), journey.getId(), "Be on time", DUE, CommitmentState.KEPT);

		this.mvc.perform(post(stateUrl(journey, commitment)).with(user(user)).with(csrf()).param("state", "KEPT"))
			.andExpect(redirectedUrl(url(journey)))
			.andExpect(flash().attribute("notice", "trust.commitment.marked.KEPT"));

		assertThat(this.commitments.commitment(user.accountId(), journey.getId(), commitment.getId()).getState())
			.isEqualTo(CommitmentState.KEPT);
		this.mvc.perform(get(url(journey)).with(user(user)))
			.andExpect(content().string(containsString("2 of 2 kept (100%)")));
		this.mvc.perform(post(stateUrl(journey, commitment)).with(user(user)).with(csrf()).param("state", "BROKEN"))
			.andExpect(flash().attribute("notice", "trust.commitment.marked.BROKEN"));
		this.mvc.perform(get(url(journey)).with(user(user)))
			.andExpect(content().string(containsString("1 of 2 kept (50%)")));
	}

	@ParameterizedTest(name = "state \"{0}\"")
	@MethodSource("invalidStates")
	void refusesAStateThatIsNotOneOfTheThreeOnTheSamePage(String state) throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = inTrust(user);
		Commitment commitment = this.commitments.add(user.accountId(), journey.getId(), "Call on Sunday", DUE,
				CommitmentState.PENDING);
		MockHttpServletRequestBuilder request = post(stateUrl(journey, commitment)).with(user(user)).with(csrf());
		if (state != null) {
			request.param("state", state);
		}
		this.mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("stateForm", "state"))
			.andExpect(content().string(containsString("Please choose whether it is still open, kept or not kept.")))
			.andExpect(content().string(containsString("Call on Sunday")));
		assertThat(this.commitments.commitment(user.accountId(), journey.getId(), commitment.getId()).getState())
			.isEqualTo(CommitmentState.PENDING);
	}

	static Stream<String> invalidStates() {
		return Stream.of("MAYBE", "", null);
	}

	static Stream<Arguments> invalidCommitments() {
		String tooLong = "x".repeat(CommitmentForm.PROMISE_MAX + 1);
		return Stream.of(Arguments.of("", "2026-11-03", "PENDING", "promise", "Please write the promise in a few words."),
				Arguments.of("   ", "2026-11-03", "PENDING", "promise", "Please write the promise in a few words."),
				Arguments.of(tooLong, "2026-11-03", "PENDING", "promise", "Please keep this to 500 characters."),
				Arguments.of("Call on Sunday", "", "PENDING", "dueOn", "Please enter the day it is due, for example 2026-11-03."),
				Arguments.of("Call on Sunday", "next Sunday", "PENDING", "dueOn", "Please enter a date, for example 2026-11-03."),
				Arguments.of("Call on Sunday", "2026-11-03", "MAYBE", "state", "Please choose whether it is still open, kept or not kept."),
				Arguments.of("Call on Sunday", "2026-11-03", "", "state", "Please choose whether it is still open, kept or not kept."));
	}

	@ParameterizedTest(name = "{3}: {4}")
	@MethodSource("invalidCommitments")
	void refusesAnInvalidCommitmentOnTheSamePageAndKeepsTheText(String promise, String dueOn, String state,
			String field, String message) throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = inTrust(user);
		String page = this.mvc.perform(add(user, journey, promise, dueOn, state))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("commitmentForm", field))
			.andExpect(content().string(containsString(message)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		if (!promise.isBlank()) {
			assertThat(page).contains(">" + promise + "</textarea>");
		}
		if (!dueOn.isEmpty()) {
			assertThat(page).contains("value=\"" + dueOn + "\"");
		}
		assertThat(this.commitments.commitments(user.accountId(), journey.getId())).isEmpty();
	}

	@Test
	void deletesACommitment() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = inTrust(user);
		Commitment commitment = this.commitments.add(user.accountId(), journey.getId(), "Call on Sunday", DUE,
				CommitmentState.PENDING);
		this.mvc.perform(post(url(journey) + "/" + commitment.getId() + "/delete").with(user(user)).with(csrf()))
			.andExpect(redirectedUrl(url(journey)))
			.andExpect(flash().attribute("notice", "remove.commitment.done"));
		assertThat(this.commitments.commitments(user.accountId(), journey.getId())).isEmpty();
	}

	@Test
	void anotherAccountsCommitmentsAreInvisible() throws Exception {
		AccountUser owner = this.accounts.create();
		Journey journey = inTrust(owner);
		Commitment commitment = this.commitments.add(owner.accountId(), journey.getId(), "Call on Sunday", DUE,
				CommitmentState.PENDING);
		AccountUser stranger = this.accounts.create();
		Journey strangersJourney = inTrust(stranger);

		this.mvc.perform(get(url(journey)).with(user(stranger))).andExpect(status().isNotFound());
		this.mvc.perform(add(stranger, journey, "planted", "2026-11-03", "KEPT")).andExpect(status().isNotFound());
		this.mvc.perform(add(stranger, journey, "", "", "")).andExpect(status().isNotFound());
		this.mvc.perform(post(stateUrl(journey, commitment)).with(user(stranger)).with(csrf()).param("state", "KEPT"))
			.andExpect(status().isNotFound());
		this.mvc.perform(post(stateUrl(journey, commitment)).with(user(stranger)).with(csrf()).param("state", "MAYBE"))
			.andExpect(status().isNotFound());
		this.mvc.perform(post(url(journey) + "/" + commitment.getId() + "/delete").with(user(stranger)).with(csrf()))
			.andExpect(status().isNotFound());
		// The stranger's own journey with the owner's commitment id finds nothing either.
		this.mvc.perform(post(url(strangersJourney) + "/" + commitment.getId() + "/state").with(user(stranger))
			.with(csrf())
			.param("state", "KEPT")).andExpect(status().isNotFound());
		this.mvc.perform(post(url(strangersJourney) + "/" + commitment.getId() + "/delete").with(user(stranger))
			.with(csrf())).andExpect(status().isNotFound());

		assertThat(this.commitments.commitments(owner.accountId(), journey.getId())).singleElement()
			.satisfies((kept) -> assertThat(kept.getState()).isEqualTo(CommitmentState.PENDING));
	}

	@Test
	void isReadOnlyOnceTheJourneyMovesPastRebuildingTrust() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = inTrust(user);
		Commitment commitment = this.commitments.add(user.accountId(), journey.getId(), "Call on Sunday", DUE,
				CommitmentState.PENDING);
		this.journeys.putInStage(journey.getId(), Stage.TRIAL_PERIOD);
		String overview = "/journeys/" + journey.getId() + "/trust";

		this.mvc.perform(get(url(journey)).with(user(user)))
			.andExpect(content().string(containsString("Call on Sunday")))
			.andExpect(content().string(containsString("can be read but not changed")))
			.andExpect(content().string(not(containsString("Make a commitment"))))
			.andExpect(content().string(not(containsString("Mark as kept"))))
			.andExpect(content().string(not(containsString(">Remove<"))));
		this.mvc.perform(add(user, journey, "late", "2026-11-03", "PENDING"))
			.andExpect(redirectedUrl(overview))
			.andExpect(flash().attribute("notice", "trust.closed"));
		this.mvc.perform(post(stateUrl(journey, commitment)).with(user(user)).with(csrf()).param("state", "KEPT"))
			.andExpect(redirectedUrl(overview))
			.andExpect(flash().attribute("notice", "trust.closed"));
		this.mvc.perform(post(url(journey) + "/" + commitment.getId() + "/delete").with(user(user)).with(csrf()))
			.andExpect(redirectedUrl(overview))
			.andExpect(flash().attribute("notice", "trust.closed"));
		assertThat(this.commitments.commitments(user.accountId(), journey.getId())).singleElement()
			.satisfies((kept) -> assertThat(kept.getState()).isEqualTo(CommitmentState.PENDING));
	}

	private Journey inTrust(AccountUser user) {
		Journey journey = this.journeys.start(user);
		this.journeys.putInStage(journey.getId(), Stage.REBUILDING_TRUST);
		return journey;
	}

	private static MockHttpServletRequestBuilder add(AccountUser user, Journey journey, String promise, String dueOn,
			String state) {
		MockHttpServletRequestBuilder request = post(url(journey)).with(user(user))
			.with(csrf())
			.param("promise", promise)
			.param("dueOn", dueOn);
		return (state != null) ? request.param("state", state) : request;
	}

	static String url(Journey journey) {
		return "/journeys/" + journey.getId() + "/trust/commitments";
	}

	private static String stateUrl(Journey journey, Commitment commitment) {
		return url(journey) + "/" + commitment.getId() + "/state";
	}

}
