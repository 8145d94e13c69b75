package app.rekindle.trust.web;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import com.ibm.icu.text.RuleBasedNumberFormat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import app.rekindle.account.AccountUser;
import app.rekindle.journey.Journey;
import app.rekindle.progression.RulesProperties;
import app.rekindle.progression.Stage;
import app.rekindle.testsupport.MutableClock;
import app.rekindle.testsupport.MutableClockConfiguration;
import app.rekindle.testsupport.StoredSessions;
import app.rekindle.testsupport.TestAccounts;
import app.rekindle.testsupport.TestJourneys;
import app.rekindle.trust.Boundary;
import app.rekindle.trust.BoundaryService;
import app.rekindle.trust.Commitment;
import app.rekindle.trust.CommitmentService;
import app.rekindle.trust.CommitmentState;
import app.rekindle.trust.SharedActivity;
import app.rekindle.trust.SharedActivityService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Gate 4→5 end to end, through the pages of rebuilding trust, on a clock the test moves: the
 * gate stays closed, with the dashboard naming what is missing and Advance refused, until exactly
 * every requirement of the gate is met, and opens on the day the stage has lasted long enough.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class TrustGateFlowTests {

	private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private MutableClock clock;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private TestJourneys journeys;

	@Autowired
	private CommitmentService commitments;

	@Autowired
	private BoundaryService boundaries;

	@Autowired
	private SharedActivityService activities;

	@Autowired
	private RulesProperties rules;

	@BeforeEach
	void startOfTheStory() {
		this.clock.set(MutableClockConfiguration.START);
	}

	@Test
	void opensExactlyWhenEveryRequirementIsMet() throws Exception {
		RulesProperties.Trust t = this.rules.trust();
		AccountUser user = this.accounts.create(TestAccounts.uniqueEmail(), ZONE);
		Journey journey = this.journeys.start(user);
		this.journeys.putInStage(journey.getId(), Stage.REBUILDING_TRUST);
		String base = "/journeys/" + journey.getId() + "/trust";

		// The apology: a draft does not count; the day it was given does.
		expectClosed(user, journey, "Write your apology in four parts and note when you gave it.");
		this.mvc.perform(apology(user, base, null)).andExpect(redirectedUrl(base + "/apology"));
		expectClosed(user, journey, "Write your apology in four parts and note when you gave it.");
		this.mvc.perform(apology(user, base, today())).andExpect(redirectedUrl(base + "/apology"));
		expectOpen(user, journey, "Write your apology in four parts");

		// Commitments: enough of them, then enough of them kept (kept of all made, pending ones included).
		int keptNeeded = (t.minKeptPercent() * t.minCommitments() + 99) / 100;
		for (int i = 0; i < t.minCommitments() - 1; i++) {
			add(user, base + "/commitments", "promise", "Promise " + i, "dueOn", today().toString(), "state",
					(i < keptNeeded - 1) ? "KEPT" : "PENDING");
		}
		expectClosed(user, journey, "Make one more small, concrete commitment.");
		add(user, base + "/commitments", "promise", "Cook on Friday", "dueOn", today().toString(), "state", "PENDING");
		expectClosed(user, journey, "Keep at least " + t.minKeptPercent() + "% of your commitments.");
		Commitment pending = this.commitments.commitments(user.accountId(), journey.getId())
			.stream()
			.filter((c) -> c.getState() == CommitmentState.PENDING)
			.findFirst()
			.orElseThrow();
		this.mvc.perform(post(base + "/commitments/" + pending.getId() + "/state").with(user(user))
			.with(csrf())
			.param("state", "KEPT")).andExpect(redirectedUrl(base + "/commitments"));
		assertThat(keptOf(user, journey)).isEqualTo(keptNeeded);
		expectOpen(user, journey, "of your commitments.");
		this.mvc.perform(get(base + "/commitments").with(user(user))).andExpect(content().string(containsString(
				keptNeeded + " of " + t.minCommitments() + " kept (" + (keptNeeded * 100 / t.minCommitments()) + "%)")));

		// Boundaries: only the ones both have agreed to count.
		for (int i = 0; i < t.minBoundariesAgreed() - 1; i++) {
			add(user, base + "/boundaries", "description", "Boundary " + i, "whose", "SHARED", "agreedByBoth", "true");
		}
		add(user, base + "/boundaries", "description", "Time alone on Sundays", "whose", "MINE", "agreedByBoth", "false");
		expectClosed(user, journey, (t.minBoundariesAgreed() - 1) + " boundaries are agreed by you both so far. This step looks for "
				+ spelledOut(t.minBoundariesAgreed()) + ". A boundary counts when you both truly agree to it, never when one of you gives in.");
		Boundary notAgreed = this.boundaries.boundaries(user.accountId(), journey.getId())
			.stream()
			.filter((b) -> !b.isAgreedByBoth())
			.findFirst()
			.orElseThrow();
		this.mvc.perform(post(base + "/boundaries/" + notAgreed.getId() + "/edit").with(user(user))
			.with(csrf())
			.param("description", "Time alone on Sundays")
			.param("whose", "MINE")
			.param("agreedByBoth", "true")).andExpect(redirectedUrl(base + "/boundaries"));
		expectOpen(user, journey, "agreed by you both so far");

		// Shared activities: enough of them, and a mean rating high enough.
		for (int i = 0; i < t.minActivities() - 1; i++) {
			activity(user, base, 4);
		}
		expectClosed(user, journey, (t.minActivities() - 1) + " shared activities logged so far. This step looks for "
				+ spelledOut(t.minActivities()) + ", at a pace that suits you both.");
		activity(user, base, 3);
		expectClosed(user, journey, "Look for what would make it feel better before going further");
		SharedActivity low = this.activities.activities(user.accountId(), journey.getId())
			.stream()
			.filter((a) -> a.getRating() == 3)
			.findFirst()
			.orElseThrow();
		this.mvc.perform(post(base + "/activities/" + low.getId() + "/delete").with(user(user)).with(csrf()));
		activity(user, base, (int) Math.ceil(t.minMeanActivityRating()));
		expectOpen(user, journey, "Look for what would make it feel better");

		// Time: everything else is done, and the stage must still last long enough.
		this.clock.advance(Duration.ofDays(t.minDaysInStage() - 1));
		this.mvc.perform(get("/journeys/" + journey.getId()).with(user(user)))
			.andExpect(content().string(containsString("6 of 7 done")))
			.andExpect(content().string(containsString("One more day. Trust needs time as well as effort.")));
		expectClosed(user, journey, "One more day.");

		this.clock.advance(Duration.ofDays(1));
		this.mvc.perform(get("/journeys/" + journey.getId()).with(user(user)))
			.andExpect(content().string(containsString("7 of 7 done")))
			.andExpect(content().string(containsString("Everything above is done.")));
		this.mvc.perform(advance(user, journey)).andExpect(flash().attribute("notice", "journey.advanced.TRIAL_PERIOD"));
		assertThat(this.journeys.stageOf(journey.getId())).isEqualTo("TRIAL_PERIOD");
		this.mvc.perform(get("/journeys/" + journey.getId()).with(user(user)))
			.andExpect(content().string(containsString("Step 5 of 5")))
			.andExpect(content().string(not(containsString("id=\"trust-heading\""))));
		this.mvc.perform(get(base + "/commitments").with(user(user)))
			.andExpect(content().string(containsString("can be read but not changed")));
	}

	private LocalDate today() {
		return this.clock.instant().atZone(ZONE).toLocalDate();
	}

	private long keptOf(AccountUser user, Journey journey) {
		return this.commitments.commitments(user.accountId(), journey.getId())
			.stream()
			.filter((c) -> c.getState() == CommitmentState.KEPT)
			.count();
	}

	private void add(AccountUser user, String url, String... params) throws Exception {
		MockHttpServletRequestBuilder request = post(url).with(user(user)).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		this.mvc.perform(request).andExpect(redirectedUrl(url));
	}

	private void activity(AccountUser user, String base, int rating) throws Exception {
		add(user, base + "/activities", "happenedOn", today().toString(), "what", "Dinner together", "kind", "NEW",
				"rating", String.valueOf(rating), "triggerCameUp", "false");
	}

	private static MockHttpServletRequestBuilder apology(AccountUser user, String base, LocalDate deliveredOn) {
		MockHttpServletRequestBuilder request = post(base + "/apology").with(user(user))
			.with(csrf())
			.param("whatIDid", "I cancelled on you again and again")
			.param("thatItWasMine", "That was mine")
			.param("whatIWillDo", "Tell you early")
			.param("howYouWillSee", "You will see me keep our plans");
		return (deliveredOn != null) ? request.param("deliveredOn", deliveredOn.toString()) : request;
	}

	/** The journey's page names what is missing, and Advance is refused, leaving the stage as it was. */
	private void expectClosed(AccountUser user, Journey journey, String missing) throws Exception {
		this.mvc.perform(get("/journeys/" + journey.getId()).with(user(user))).andExpect(content().string(containsString(missing)));
		MvcResult refused = this.mvc.perform(advance(user, journey))
			.andExpect(flash().attribute("advanceRefused", true))
			.andReturn();
		// Follows the redirect in the session the refusal was kept in, as a browser would.
		this.mvc.perform(get("/journeys/" + journey.getId()).with(user(user)).cookie(refused.getResponse().getCookie(StoredSessions.COOKIE)))
			.andExpect(content().string(containsString("Not yet.")))
			.andExpect(content().string(containsString(missing)));
		assertThat(this.journeys.stageOf(journey.getId())).isEqualTo("REBUILDING_TRUST");
	}

	/** The journey's page no longer names this requirement as missing. */
	/** A number as the gate texts write it: "three". */
	private static String spelledOut(int number) {
		return new RuleBasedNumberFormat(Locale.ENGLISH, RuleBasedNumberFormat.SPELLOUT).format(number);
	}

	private void expectOpen(AccountUser user, Journey journey, String noLongerMissing) throws Exception {
		this.mvc.perform(get("/journeys/" + journey.getId()).with(user(user)))
			.andExpect(content().string(not(containsString(noLongerMissing))));
	}

	private static MockHttpServletRequestBuilder advance(AccountUser user, Journey journey) {
		return post("/journeys/{id}/advance", journey.getId()).with(user(user))
			.with(csrf())
			.param("stage", "REBUILDING_TRUST");
	}

}
