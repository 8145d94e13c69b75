package app.rekindle.trust.web;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import app.rekindle.account.AccountClock;
import app.rekindle.account.AccountUser;
import app.rekindle.journey.Journey;
import app.rekindle.progression.Stage;
import app.rekindle.testsupport.TestAccounts;
import app.rekindle.testsupport.TestJourneys;
import app.rekindle.trust.ActivityContent;
import app.rekindle.trust.ActivityKind;
import app.rekindle.trust.ApologyContent;
import app.rekindle.trust.BoundaryContent;
import app.rekindle.trust.BoundaryService;
import app.rekindle.trust.CommitmentService;
import app.rekindle.trust.CommitmentState;
import app.rekindle.trust.SharedActivityService;
import app.rekindle.trust.TrustService;
import app.rekindle.trust.Whose;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The overview of rebuilding trust, and the way to it from the dashboard. */
@SpringBootTest
@AutoConfigureMockMvc
class TrustOverviewTests {

	private static final LocalDate DUE = LocalDate.of(2026, 11, 3);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private TestJourneys journeys;

	@Autowired
	private TrustService trust;

	@Autowired
	private AccountClock accountClock;

	@Autowired
	private CommitmentService commitments;

	@Autowired
	private BoundaryService boundaries;

	@Autowired
	private SharedActivityService activities;

	@Test
	void showsWhatEachPartHoldsAndAWordOnProfessionalHelp() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = inTrust(user);
		long id = journey.getId();
		long account = user.accountId();
		LocalDate today = this.accountClock.today(account);
		this.trust.saveApology(account, id, new ApologyContent("I did", null, "I will", null, Set.of(), null));
		for (CommitmentState state : new CommitmentState[] { CommitmentState.KEPT, CommitmentState.KEPT,
				CommitmentState.KEPT, CommitmentState.KEPT, CommitmentState.BROKEN }) {
			this.commitments.add(account, id, "A promise", DUE, state);
		}
		this.boundaries.add(account, id, new BoundaryContent("No phones at dinner", Whose.SHARED, true));
		this.boundaries.add(account, id, new BoundaryContent("Time alone", Whose.MINE, false));
		for (int rating : new int[] { 5, 4, 4 }) {
			this.activities.add(account, id, new ActivityContent(today, "A walk", ActivityKind.NEW, rating, false, null, null));
		}

		this.mvc.perform(get("/journeys/{id}/trust", id).with(user(user)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Draft, 2 of 4 parts written")))
			.andExpect(content().string(containsString("4 of 5 kept (80%)")))
			.andExpect(content().string(containsString("2 written, 1 agreed by both")))
			.andExpect(content().string(containsString("3 logged, average 4.3 of 5")))
			.andExpect(content().string(containsString("A word on professional help")))
			.andExpect(content().string(containsString("Couples counselling")))
			.andExpect(content().string(containsString("Individual therapy")))
			.andExpect(content().string(not(containsString("can be read but not changed"))));

		this.trust.saveApology(account, id, new ApologyContent("I did", "Mine", "I will", "You will see", Set.of(), today));
		this.mvc.perform(get("/journeys/{id}/trust", id).with(user(user)))
			.andExpect(content().string(containsString("Given on ")));
	}

	@Test
	void startsEmptyWithoutShame() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = inTrust(user);
		this.mvc.perform(get("/journeys/{id}/trust", journey.getId()).with(user(user)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Not started")))
			.andExpect(content().string(containsString("None yet")));
	}

	@Test
	void anotherAccountGetsNotFound() throws Exception {
		AccountUser owner = this.accounts.create();
		Journey journey = inTrust(owner);
		AccountUser stranger = this.accounts.create();
		inTrust(stranger);
		this.mvc.perform(get("/journeys/{id}/trust", journey.getId()).with(user(stranger)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/journeys/{id}/trust/apology", journey.getId()).with(user(stranger)))
			.andExpect(status().isNotFound());
	}

	@Test
	void saysItIsReadOnlyAfterTheStageAndNotYetBeforeIt() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);
		this.mvc.perform(get("/journeys/{id}/trust", journey.getId()).with(user(user)))
			.andExpect(content().string(containsString("opens once your journey reaches rebuilding trust")));
		this.journeys.putInStage(journey.getId(), Stage.REBUILDING_TRUST);
		this.journeys.putInStage(journey.getId(), Stage.TRIAL_PERIOD);
		this.mvc.perform(get("/journeys/{id}/trust", journey.getId()).with(user(user)))
			.andExpect(content().string(containsString("can be read but not changed")));
	}

	@Test
	void theJourneysPageLinksToEveryPartWhileRebuildingTrust() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);
		this.journeys.putInStage(journey.getId(), Stage.REACHING_OUT);
		String base = "/journeys/" + journey.getId() + "/trust";
		this.mvc.perform(get("/journeys/{id}", journey.getId()).with(user(user)))
			.andExpect(content().string(not(containsString("href=\"" + base + "/apology\""))));

		this.journeys.putInStage(journey.getId(), Stage.REBUILDING_TRUST);
		this.mvc.perform(get("/journeys/{id}", journey.getId()).with(user(user)))
			.andExpect(content().string(containsString("<h2 id=\"stage-links-heading\">Your journal</h2>")))
			.andExpect(content().string(containsString("href=\"" + base + "\"")))
			.andExpect(content().string(containsString("href=\"" + base + "/apology\"")))
			.andExpect(content().string(containsString("href=\"" + base + "/commitments\"")))
			.andExpect(content().string(containsString("href=\"" + base + "/boundaries\"")))
			.andExpect(content().string(containsString("href=\"" + base + "/activities\"")));
		// Today offers the one next step of the stage: the apology comes first.
		this.mvc.perform(get("/dashboard").with(user(user)))
			.andExpect(content().string(containsString("href=\"" + base + "/apology\">Work on your apology</a>")));
	}

	@Test
	void aJourneyThatWentThroughRebuildingTrustLinksToItFromItsPage() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);
		this.mvc.perform(get("/journeys/{id}", journey.getId()).with(user(user)))
			.andExpect(content().string(not(containsString("while rebuilding trust"))));
		this.journeys.putInStage(journey.getId(), Stage.REBUILDING_TRUST);
		this.journeys.putInStage(journey.getId(), Stage.TRIAL_PERIOD);
		this.mvc.perform(get("/journeys/{id}", journey.getId()).with(user(user)))
			.andExpect(content().string(containsString("href=\"/journeys/" + journey.getId() + "/trust\"")))
			.andExpect(content().string(containsString("Read what you recorded while rebuilding trust")));
	}

	private Journey inTrust(AccountUser user) {
		Journey journey = this.journeys.start(user);
		this.journeys.putInStage(journey.getId(), Stage.REBUILDING_TRUST);
		return journey;
	}

}
