package app.rekindle.trust.web;

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

import app.rekindle.account.AccountClock;
import app.rekindle.account.AccountUser;
import app.rekindle.journey.Journey;
import app.rekindle.progression.Stage;
import app.rekindle.reflection.EntryContent;
import app.rekindle.reflection.EntryKind;
import app.rekindle.reflection.ReflectionEntry;
import app.rekindle.reflection.ReflectionService;
import app.rekindle.testsupport.TestAccounts;
import app.rekindle.testsupport.TestJourneys;
import app.rekindle.trust.Apology;
import app.rekindle.trust.TrustService;

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
class ApologyControllerTests {

	private static final String[] PARTS = { "whatIDid", "thatItWasMine", "whatIWillDo", "howYouWillSee" };

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private TestJourneys journeys;

	@Autowired
	private ReflectionService reflection;

	@Autowired
	private TrustService trust;

	@Autowired
	private AccountClock accountClock;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void savesADraftWithSomePartsAndStoresThemEncrypted() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = inTrust(user);

		this.mvc.perform(post(url(journey)).with(user(user)).with(csrf())
			.param("whatIDid", "I cancelled <b>again</b> and again")
			.param("thatItWasMine", "That was mine, no excuses"))
			.andExpect(redirectedUrl(url(journey)))
			.andExpect(flash().attribute("notice", "trust.apology.saved"));

		this.mvc.perform(get(url(journey)).with(user(user)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">I cancelled &lt;b&gt;again&lt;/b&gt; and again</textarea>")))
			.andExpect(content().string(containsString(">That was mine, no excuses</textarea>")));
		Apology apology = this.trust.apology(user.accountId(), journey.getId()).orElseThrow();
		assertThat(apology.getWhatIWillDo()).isNull();
		assertThat(apology.isDelivered()).isFalse();
		assertThat(apology.partsWritten()).isEqualTo(2);
		assertThat(this.jdbc.queryForObject("select what_i_did from trust_apology where journey_id = ?", String.class,
				journey.getId()))
			.startsWith("v1:")
			.doesNotContain("cancelled");
	}

	@Test
	void savesTheDeliveredApologyWithOnlyThisJourneysOwnMistakesTicked() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);
		ReflectionEntry covered = mistake(user, journey, "I went quiet for days");
		ReflectionEntry other = mistake(user, journey, "I compared you to my ex");
		ReflectionEntry trigger = this.reflection.add(user.accountId(), journey.getId(),
				new EntryContent(EntryKind.TRIGGER, null, "Sunday evenings", null));
		this.journeys.putInStage(journey.getId(), Stage.REBUILDING_TRUST);
		AccountUser stranger = this.accounts.create();
		Journey strangersJourney = this.journeys.start(stranger);
		ReflectionEntry strangersMistake = mistake(stranger, strangersJourney, "Not yours");

		MockHttpServletRequestBuilder request = complete(post(url(journey)).with(user(user)).with(csrf()))
			.param("deliveredOn", this.accountClock.today(user.accountId()).toString())
			.param("coveredMistakes", covered.getId().toString(), trigger.getId().toString(),
					strangersMistake.getId().toString());
		this.mvc.perform(request)
			.andExpect(redirectedUrl(url(journey)))
			.andExpect(flash().attribute("notice", "trust.apology.savedDelivered"));

		Apology apology = this.trust.apology(user.accountId(), journey.getId()).orElseThrow();
		assertThat(apology.getCoveredMistakes()).containsExactly(covered.getId());
		assertThat(apology.getDeliveredOn()).isEqualTo(this.accountClock.today(user.accountId()));
		String page = this.mvc.perform(get(url(journey)).with(user(user)))
			.andExpect(content().string(containsString("I went quiet for days")))
			.andExpect(content().string(containsString("I compared you to my ex")))
			.andExpect(content().string(not(containsString("Not yours"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).containsPattern("value=\"" + covered.getId() + "\"[^>]*checked=\"checked\"");
		assertThat(page).doesNotContainPattern("value=\"" + other.getId() + "\"[^>]*checked");
	}

	@Test
	void changesASavedApology() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = inTrust(user);
		this.mvc.perform(post(url(journey)).with(user(user)).with(csrf()).param("whatIDid", "First draft"));
		this.mvc.perform(post(url(journey)).with(user(user)).with(csrf()).param("whatIDid", "Second draft")
			.param("whatIWillDo", "Say so early"))
			.andExpect(redirectedUrl(url(journey)));
		Apology apology = this.trust.apology(user.accountId(), journey.getId()).orElseThrow();
		assertThat(apology.getWhatIDid()).isEqualTo("Second draft");
		assertThat(apology.getWhatIWillDo()).isEqualTo("Say so early");
	}

	static Stream<Arguments> invalidApologies() {
		String tooLong = "x".repeat(ApologyForm.PART_MAX + 1);
		return Stream.of(
				Arguments.of("nothing written", new String[] { "whatIDid", "  " }, "whatIDid",
						"Please write at least one part of your apology before saving it."),
				Arguments.of("a part too long", new String[] { "thatItWasMine", tooLong }, "thatItWasMine",
						"Please keep this to 2,000 characters."),
				Arguments.of("given in the future", new String[] { "whatIDid", "I was careless", "deliveredOn", "FUTURE" },
						"deliveredOn", "This date is in the future. Please choose today or an earlier day."),
				Arguments.of("a date that is not a date", new String[] { "whatIDid", "I was careless", "deliveredOn", "31/10/2026" },
						"deliveredOn", "Please enter a date, for example 2026-10-31."),
				Arguments.of("given with a part missing", new String[] { "whatIDid", "I was careless", "thatItWasMine", "Mine",
						"whatIWillDo", "Call first", "deliveredOn", "TODAY" }, "howYouWillSee",
						"To note the apology as given, please write this part too."),
				Arguments.of("a mistake that is not a number", new String[] { "whatIDid", "I was careless", "coveredMistakes", "abc" },
						"coveredMistakes", "Please tick your mistakes from the list."));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidApologies")
	void refusesAnInvalidApologyOnTheSamePageAndKeepsTheText(String name, String[] params, String field, String message)
			throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = inTrust(user);
		MockHttpServletRequestBuilder request = post(url(journey)).with(user(user)).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			String value = switch (params[i + 1]) {
				case "TODAY" -> this.accountClock.today(user.accountId()).toString();
				case "FUTURE" -> this.accountClock.today(user.accountId()).plusDays(1).toString();
				default -> params[i + 1];
			};
			request.param(params[i], value);
		}
		String page = this.mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("apologyForm", field))
			.andExpect(content().string(containsString(message)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (int i = 0; i < params.length; i += 2) {
			if (!params[i + 1].isBlank() && !params[i].equals("deliveredOn") && !params[i].equals("coveredMistakes")) {
				assertThat(page).contains(">" + params[i + 1] + "</textarea>");
			}
			if (params[i + 1].equals("31/10/2026")) {
				assertThat(page).contains("value=\"31/10/2026\"");
			}
		}
		assertThat(this.trust.apology(user.accountId(), journey.getId())).isEmpty();
	}

	@Test
	void anotherAccountsApologyIsInvisible() throws Exception {
		AccountUser owner = this.accounts.create();
		Journey journey = inTrust(owner);
		this.mvc.perform(complete(post(url(journey)).with(user(owner)).with(csrf())));
		AccountUser stranger = this.accounts.create();
		inTrust(stranger);

		this.mvc.perform(get(url(journey)).with(user(stranger))).andExpect(status().isNotFound());
		this.mvc.perform(get("/journeys/{id}/trust", journey.getId()).with(user(stranger)))
			.andExpect(status().isNotFound());
		this.mvc.perform(post(url(journey)).with(user(stranger)).with(csrf()).param("whatIDid", "overwritten"))
			.andExpect(status().isNotFound());
		this.mvc.perform(post(url(journey)).with(user(stranger)).with(csrf()).param("whatIDid", ""))
			.andExpect(status().isNotFound());

		assertThat(this.trust.apology(owner.accountId(), journey.getId()).orElseThrow().getWhatIDid())
			.isEqualTo("I cancelled on you again and again");
	}

	@Test
	void isReadOnlyOnceTheJourneyMovesPastRebuildingTrust() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = inTrust(user);
		this.mvc.perform(complete(post(url(journey)).with(user(user)).with(csrf()))
			.param("deliveredOn", this.accountClock.today(user.accountId()).toString()));
		this.journeys.putInStage(journey.getId(), Stage.TRIAL_PERIOD);

		this.mvc.perform(get(url(journey)).with(user(user)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("I cancelled on you again and again")))
			.andExpect(content().string(containsString("can be read but not changed")))
			.andExpect(content().string(not(containsString("Save my apology"))));
		this.mvc.perform(post(url(journey)).with(user(user)).with(csrf()).param("whatIDid", "late change"))
			.andExpect(redirectedUrl("/journeys/" + journey.getId() + "/trust"))
			.andExpect(flash().attribute("notice", "trust.closed"));
		// Even an invalid change is turned away the same way, rather than shown a form that cannot be saved.
		this.mvc.perform(post(url(journey)).with(user(user)).with(csrf()).param("whatIDid", ""))
			.andExpect(flash().attribute("notice", "trust.closed"));
		assertThat(this.trust.apology(user.accountId(), journey.getId()).orElseThrow().getWhatIDid())
			.isEqualTo("I cancelled on you again and again");
	}

	@Test
	void isNotOpenYetBeforeTheJourneyReachesRebuildingTrust() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);
		this.mvc.perform(get(url(journey)).with(user(user)))
			.andExpect(content().string(containsString("opens once your journey reaches rebuilding trust")))
			.andExpect(content().string(not(containsString("Save my apology"))));
		this.mvc.perform(complete(post(url(journey)).with(user(user)).with(csrf())))
			.andExpect(flash().attribute("notice", "trust.closed"));
		assertThat(this.trust.apology(user.accountId(), journey.getId())).isEmpty();
	}

	private Journey inTrust(AccountUser user) {
		Journey journey = this.journeys.start(user);
		this.journeys.putInStage(journey.getId(), Stage.REBUILDING_TRUST);
		return journey;
	}

	private ReflectionEntry mistake(AccountUser user, Journey journey, String body) {
		return this.reflection.add(user.accountId(), journey.getId(),
				new EntryContent(EntryKind.MISTAKE, null, body, "Do better"));
	}

	private static MockHttpServletRequestBuilder complete(MockHttpServletRequestBuilder request) {
		return request.param("whatIDid", "I cancelled on you again and again")
			.param("thatItWasMine", "That was my doing, not yours")
			.param("whatIWillDo", "Tell you early when I cannot come")
			.param("howYouWillSee", "You will see me keep our plans");
	}

	static String url(Journey journey) {
		return "/journeys/" + journey.getId() + "/trust/apology";
	}

}
