package app.rekindle.calendar.web;

import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import app.rekindle.account.AccountUser;
import app.rekindle.journey.Journey;
import app.rekindle.journey.JourneyService;
import app.rekindle.journey.JourneySetup;
import app.rekindle.progression.SafetyConcern;
import app.rekindle.progression.Stage;
import app.rekindle.testsupport.JournalTest;
import app.rekindle.testsupport.MutableClock;
import app.rekindle.testsupport.MutableClockConfiguration;
import app.rekindle.testsupport.StoredSessions;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The calendar feed from the account page to the calendar app: turning it on, what the feed holds
 * in the person's own zone as days pass, a new address, turning it off, and each person's feed
 * staying theirs.
 */
@JournalTest
class CalendarFeedFlowTests {

	/** 128 bits of an HMAC in hex: no account or journey number, no word. */
	private static final String NICKNAME = "Robin";

	private static final String OPAQUE_UID = "[0-9a-f]{32}";

	private static final Pattern ADDRESS = Pattern
		.compile("<code id=\"calendar-address\">http://localhost/calendar/([A-Za-z0-9_-]{43})\\.ics</code>");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private MutableClock clock;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private TestJourneys journeys;

	@Autowired
	private JourneyService journeyService;

	@BeforeEach
	void startOfTheStory() {
		this.clock.set(MutableClockConfiguration.START);
	}

	@Test
	void servesTheDailyCheckInAndTheNoContactGoalInThePersonsZone() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);
		LocalDate goal = this.journeyService.active(user.accountId()).orElseThrow().gate().noContact().endsOn();
		assertThat(goal).isEqualTo(LocalDate.of(2026, 10, 19));

		this.mvc.perform(post("/account/calendar").with(user(user)).with(csrf()).param("reminderTime", "20:00"))
			.andExpect(redirectedUrl("/account#calendar"))
			.andExpect(flash().attribute("calendarNotice", "calendar.turnedOn"));
		String token = address(user);

		MvcResult result = this.mvc.perform(get("/calendar/" + token + ".ics"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/calendar;charset=UTF-8"))
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn();
		assertThat(result.getResponse().getCookie(StoredSessions.COOKIE)).as("a feed request opens no session").isNull();
		String text = result.getResponse().getContentAsString();
		assertThat(text).doesNotContain("Sam", user.getUsername());

		Calendar calendar = parse(text);
		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		assertThat(events).extracting((event) -> value(event, Property.SUMMARY)).containsExactly("Goal day", "Daily note");
		VEvent goalDay = events.get(0);
		assertThat(goalDay.getDateTimeStart().getDate()).isEqualTo(goal);
		assertThat(value(goalDay, Property.UID)).matches(OPAQUE_UID);
		VEvent checkIn = events.get(1);
		assertThat(value(checkIn, Property.DTSTART)).isEqualTo("20261001T200000");
		assertThat(checkIn.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID").orElseThrow().getValue())
			.isEqualTo("Europe/Berlin");
		assertThat(value(checkIn, Property.RRULE)).isEqualTo("FREQ=DAILY");
		assertThat(value(checkIn, Property.UID)).matches(OPAQUE_UID).isNotEqualTo(value(goalDay, Property.UID));
		assertThat(value(checkIn, Property.DTSTAMP)).isEqualTo("20261001T120000Z");
		assertThat(checkIn.getAlarms()).hasSize(1);
	}

	@Test
	void startsTheCheckInOnThePersonsOwnToday() throws Exception {
		AccountUser user = this.accounts.create("tokyo-" + TestAccounts.uniqueEmail(), java.time.ZoneId.of("Asia/Tokyo"));
		// 23:30 UTC on 1 October is already 2 October, 08:30, in Tokyo.
		this.clock.set(java.time.Instant.parse("2026-10-01T23:30:00Z"));
		String token = turnOn(user, "07:15");

		VEvent checkIn = events(token).get(0);
		assertThat(value(checkIn, Property.DTSTART)).isEqualTo("20261002T071500");
		assertThat(checkIn.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID").orElseThrow().getValue())
			.isEqualTo("Asia/Tokyo");
	}

	@Test
	void leavesTheGoalOutOnceItIsReached() throws Exception {
		AccountUser user = this.accounts.create();
		this.journeys.start(user);
		String token = turnOn(user, "20:00");
		assertThat(events(token)).hasSize(2);

		this.clock.advance(Duration.ofDays(17));
		assertThat(events(token)).hasSize(2);

		this.clock.advance(Duration.ofDays(1));
		List<VEvent> events = events(token);
		assertThat(events).extracting((event) -> value(event, Property.SUMMARY)).containsExactly("Daily note");
		assertThat(value(events.get(0), Property.DTSTART)).isEqualTo("20261019T200000");
	}

	@Test
	void leavesTheGoalOutAfterNoContactAndWithoutAJourney() throws Exception {
		AccountUser withoutJourney = this.accounts.create();
		assertThat(events(turnOn(withoutJourney, "20:00"))).extracting((event) -> value(event, Property.SUMMARY))
			.containsExactly("Daily note");

		AccountUser reachingOut = this.accounts.create();
		Journey journey = this.journeys.start(reachingOut);
		this.journeys.putInStage(journey.getId(), Stage.REACHING_OUT);
		assertThat(events(turnOn(reachingOut, "20:00"))).extracting((event) -> value(event, Property.SUMMARY))
			.containsExactly("Daily note");
	}

	@Test
	void savesANewReminderTimeAndKeepsTheAddress() throws Exception {
		AccountUser user = this.accounts.create();
		String token = turnOn(user, "20:00");

		this.mvc.perform(post("/account/calendar").with(user(user)).with(csrf()).param("reminderTime", "7:45"))
			.andExpect(redirectedUrl("/account#calendar"))
			.andExpect(flash().attribute("calendarNotice", "calendar.saved"));

		assertThat(address(user)).isEqualTo(token);
		assertThat(value(events(token).get(0), Property.DTSTART)).isEqualTo("20261001T074500");
		this.mvc.perform(get("/account").with(user(user)))
			.andExpect(content().string(containsString("value=\"07:45\"")));
	}

	@Test
	void aNewAddressReplacesTheOldOneAtOnce() throws Exception {
		AccountUser user = this.accounts.create();
		String old = turnOn(user, "20:00");

		this.mvc.perform(post("/account/calendar/new-address").with(user(user)).with(csrf()))
			.andExpect(redirectedUrl("/account#calendar"))
			.andExpect(flash().attribute("calendarNotice", "calendar.newAddress"));

		String renewed = address(user);
		assertThat(renewed).isNotEqualTo(old);
		this.mvc.perform(get("/calendar/" + old + ".ics")).andExpect(status().isNotFound());
		this.mvc.perform(get("/calendar/" + renewed + ".ics")).andExpect(status().isOk());
	}

	@Test
	void turningItOffMakesTheAddressLeadNowhere() throws Exception {
		AccountUser user = this.accounts.create();
		String old = turnOn(user, "20:00");

		this.mvc.perform(post("/account/calendar/off").with(user(user)).with(csrf()))
			.andExpect(redirectedUrl("/account#calendar"))
			.andExpect(flash().attribute("calendarNotice", "calendar.turnedOff"));

		this.mvc.perform(get("/calendar/" + old + ".ics")).andExpect(status().isNotFound());
		this.mvc.perform(get("/account").with(user(user)))
			.andExpect(content().string(not(containsString(old))))
			.andExpect(content().string(containsString("Turn on the calendar feed")));
		this.mvc.perform(post("/account/calendar/new-address").with(user(user)).with(csrf()))
			.andExpect(flash().attribute("calendarNotice", "calendar.isOff"));
		this.mvc.perform(get("/calendar/" + old + ".ics")).andExpect(status().isNotFound());

		String again = turnOn(user, "20:00");
		assertThat(again).isNotEqualTo(old);
	}

	@Test
	void eachAddressShowsOnlyItsOwnAccountsFeedAndNoOneElseCanChangeIt() throws Exception {
		AccountUser first = this.accounts.create();
		AccountUser second = this.accounts.create();
		String firstToken = turnOn(first, "20:00");
		String secondToken = turnOn(second, "06:30");

		String firstUid = value(events(firstToken).get(0), Property.UID);
		assertThat(value(events(secondToken).get(0), Property.UID)).isNotEqualTo(firstUid);
		this.mvc.perform(get("/account").with(user(second)))
			.andExpect(content().string(containsString(secondToken)))
			.andExpect(content().string(not(containsString(firstToken))));

		// Every action works on the signed-in account's own feed; there is nothing to point at another.
		this.mvc.perform(post("/account/calendar/new-address").with(user(second)).with(csrf()));
		this.mvc.perform(post("/account/calendar").with(user(second)).with(csrf()).param("reminderTime", "09:00"));
		this.mvc.perform(post("/account/calendar/off").with(user(second)).with(csrf()));

		assertThat(address(first)).isEqualTo(firstToken);
		VEvent checkIn = events(firstToken).get(0);
		assertThat(value(checkIn, Property.UID)).isEqualTo(firstUid);
		assertThat(value(checkIn, Property.DTSTART)).isEqualTo("20261001T200000");
		this.mvc.perform(get("/calendar/" + secondToken + ".ics")).andExpect(status().isNotFound());
	}

	@Test
	void showsABadReminderTimeAgainOnTheSamePageWithAMessage() throws Exception {
		AccountUser user = this.accounts.create();

		this.mvc.perform(post("/account/calendar").with(user(user)).with(csrf()).param("reminderTime", "half past eight"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please enter a time like 20:00")))
			.andExpect(content().string(containsString("value=\"half past eight\"")))
			.andExpect(content().string(containsString("Change password")))
			.andExpect(content().string(containsString("<option value=\"Europe/Berlin\" selected=\"selected\">")));
		this.mvc.perform(post("/account/calendar").with(user(user)).with(csrf()).param("reminderTime", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please choose a time for the daily reminder")));
		this.mvc.perform(post("/account/calendar").with(user(user)).with(csrf()).param("reminderTime", "25:00"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please enter a time like 20:00")));
		this.mvc.perform(get("/account").with(user(user)))
			.andExpect(content().string(containsString("Turn on the calendar feed")));

		String token = turnOn(user, "20:00");
		this.mvc.perform(post("/account/calendar").with(user(user)).with(csrf()).param("reminderTime", "soon"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please enter a time like 20:00")))
			.andExpect(content().string(containsString(token)));
		assertThat(value(events(token).get(0), Property.DTSTART)).isEqualTo("20261001T200000");
	}

	@Test
	void answersAnUnknownOrMalformedAddressWithNotFound() throws Exception {
		this.mvc.perform(get("/calendar/" + "A".repeat(43) + ".ics")).andExpect(status().isNotFound());
		this.mvc.perform(get("/calendar/not-a-token.ics")).andExpect(status().isNotFound());
	}

	@Test
	void sendsVisitorsOfTheSettingsToLogIn() throws Exception {
		AccountUser user = this.accounts.create();
		String token = turnOn(user, "20:00");

		for (String path : List.of("/account/calendar", "/account/calendar/new-address", "/account/calendar/off")) {
			this.mvc.perform(post(path).with(csrf()).param("reminderTime", "09:00"))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/login"));
		}
		this.mvc.perform(get("/calendar")).andExpect(redirectedUrl("/login"));
		assertThat(address(user)).isEqualTo(token);
		assertThat(value(events(token).get(0), Property.DTSTART)).isEqualTo("20261001T200000");
	}

	@Test
	void refusesEveryChangeWithoutACsrfToken() throws Exception {
		AccountUser user = this.accounts.create();
		String token = turnOn(user, "20:00");

		for (String path : List.of("/account/calendar", "/account/calendar/new-address", "/account/calendar/off")) {
			this.mvc.perform(post(path).with(user(user)).param("reminderTime", "09:00"))
				.andExpect(status().isForbidden());
			this.mvc.perform(post(path).with(user(user)).with(csrf().useInvalidToken()).param("reminderTime", "09:00"))
				.andExpect(status().isForbidden());
		}
		assertThat(address(user)).isEqualTo(token);
		assertThat(value(events(token).get(0), Property.DTSTART)).isEqualTo("20261001T200000");
	}

	/**
	 * Whatever state a journey is in, nothing a glance at a calendar would catch says what the
	 * events are about: no word about contact, an ex or a breakup, and never the nickname.
	 */
	@Test
	void keepsEveryTitleAndDescriptionNeutralInEveryStateOfAJourney() throws Exception {
		AccountUser user = this.accounts.create();
		String token = turnOn(user, "20:00");
		List<String> seen = new ArrayList<>();
		seen.add(neutralText(token, NICKNAME, "without a journey"));

		Journey journey = this.journeyService.start(user.accountId(), new JourneySetup(NICKNAME,
				LocalDate.of(2026, 8, 20), LocalDate.of(2026, 9, 19), 30));
		seen.add(neutralText(token, NICKNAME, "in reflection"));
		this.journeys.putInStage(journey.getId(), Stage.NO_CONTACT);
		seen.add(neutralText(token, NICKNAME, "in no contact"));
		slip(user, LocalDate.of(2026, 10, 1));
		seen.add(neutralText(token, NICKNAME, "after a slip"));
		this.clock.advance(Duration.ofDays(31));
		seen.add(neutralText(token, NICKNAME, "with the goal reached"));
		for (Stage stage : List.of(Stage.REACHING_OUT, Stage.REBUILDING_TRUST, Stage.TRIAL_PERIOD)) {
			this.journeys.putInStage(journey.getId(), stage);
			seen.add(neutralText(token, NICKNAME, "in " + stage));
		}
		this.journeyService.moveOn(user.accountId(), journey.getId(), null);
		seen.add(neutralText(token, NICKNAME, "after moving on"));

		Journey again = this.journeyService.start(user.accountId(), new JourneySetup(NICKNAME,
				LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 20), 21));
		this.journeyService.recordSafetyConcerns(user.accountId(), again.getId(),
				Set.of(SafetyConcern.EX_ASKED_FOR_NO_CONTACT));
		seen.add(neutralText(token, NICKNAME, "after a safety lock"));

		assertThat(String.join("\n", seen)).as("both kinds of event were scanned")
			.contains("Daily note", "Goal day", "A minute to note", "The day you set out to reach");
	}

	@Test
	void keepsEachEventsUidOpaqueAndStableAcrossFetchesSlipsAndChanges() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);
		this.journeys.putInStage(journey.getId(), Stage.NO_CONTACT);
		String token = turnOn(user, "20:00");

		Map<String, String> first = uids(token);
		assertThat(first).containsOnlyKeys("Goal day", "Daily note");
		assertThat(first.values()).allSatisfy((uid) -> assertThat(uid).matches(OPAQUE_UID)).doesNotHaveDuplicates();
		assertThat(uids(token)).as("fetched again").isEqualTo(first);

		this.clock.advance(Duration.ofDays(2));
		LocalDate goalBefore = LocalDate.from(events(token).get(0).getDateTimeStart().getDate());
		slip(user, LocalDate.of(2026, 10, 3));
		assertThat(LocalDate.from(events(token).get(0).getDateTimeStart().getDate())).as("the slip moves the goal day")
			.isAfter(goalBefore);
		this.mvc.perform(post("/account/calendar").with(user(user)).with(csrf()).param("reminderTime", "06:45"));
		assertThat(uids(token)).as("the same events, moved: a calendar app updates them").isEqualTo(first);

		this.mvc.perform(post("/account/calendar/new-address").with(user(user)).with(csrf()));
		Map<String, String> renewed = uids(address(user));
		assertThat(renewed).containsOnlyKeys("Goal day", "Daily note");
		assertThat(renewed.values()).as("a new address cannot be matched to the old one")
			.doesNotContainAnyElementsOf(first.values());
	}

	@Test
	void offersAOneTapSubscribeLinkBesideTheAddressInFull() throws Exception {
		AccountUser user = this.accounts.create();
		String token = turnOn(user, "20:00");

		this.mvc.perform(get("/account").with(user(user)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"<a class=\"button\" href=\"webcal://localhost/calendar/" + token + ".ics\"")))
			.andExpect(content().string(containsString(
					"<code id=\"calendar-address\">http://localhost/calendar/" + token + ".ics</code>")))
			.andExpect(content().string(containsString("<button type=\"button\" class=\"button button--quiet\" hidden")))
			.andExpect(content().string(containsString("data-copy=\"calendar-address\"")))
			.andExpect(content().string(containsString("aria-live=\"polite\"")))
			.andExpect(content().string(containsString("/js/copy-address-")));

		this.mvc.perform(get("https://journal.example.org:443/account").with(user(user)))
			.andExpect(content().string(containsString(
					"href=\"webcal://journal.example.org/calendar/" + token + ".ics\"")))
			.andExpect(content().string(containsString(">https://journal.example.org/calendar/" + token + ".ics<")));

		this.mvc.perform(post("/account/calendar/off").with(user(user)).with(csrf()));
		this.mvc.perform(get("/account").with(user(user)))
			.andExpect(content().string(not(containsString("webcal:"))))
			.andExpect(content().string(not(containsString("/js/copy-address-"))));
	}

	/** Every event's SUMMARY and DESCRIPTION (its reminder's too), checked and returned as text. */
	private String neutralText(String token, String nickname, String state) throws Exception {
		String feed = this.mvc.perform(get("/calendar/" + token + ".ics"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(feed).as(state).doesNotContainIgnoringCase(nickname);
		Calendar calendar = parse(feed);
		List<String> texts = new ArrayList<>();
		calendar.getProperty("X-WR-CALNAME").ifPresent((name) -> texts.add(name.getValue()));
		for (VEvent event : calendar.<VEvent>getComponents(Component.VEVENT)) {
			texts.add(value(event, Property.SUMMARY));
			texts.add(value(event, Property.DESCRIPTION));
			event.getAlarms().forEach((alarm) -> texts.add(value(alarm, Property.DESCRIPTION)));
		}
		Pattern forbidden = Pattern.compile(
				"\\b(contact|contacts|ex|exes|breakup|break-up|break up|partner|relationship|rekindle)\\b|"
						+ Pattern.quote(nickname),
				Pattern.CASE_INSENSITIVE);
		for (String text : texts) {
			assertThat(text).as("%s: %s", state, text).isNotBlank().doesNotContainPattern(forbidden);
		}
		return String.join("\n", texts);
	}

	private Map<String, String> uids(String token) throws Exception {
		Map<String, String> uids = new java.util.LinkedHashMap<>();
		for (VEvent event : events(token)) {
			uids.put(value(event, Property.SUMMARY), value(event, Property.UID));
		}
		return uids;
	}

	private void slip(AccountUser user, LocalDate day) throws Exception {
		this.mvc.perform(post("/checkin/{day}", day).with(user(user)).with(csrf())
			.param("mood", "2")
			.param("urge", "8")
			.param("contact", "I_REACHED_OUT"))
			.andExpect(redirectedUrl("/checkin/" + day + "/saved"));
	}

	private String turnOn(AccountUser user, String time) throws Exception {
		this.mvc.perform(post("/account/calendar").with(user(user)).with(csrf()).param("reminderTime", time))
			.andExpect(redirectedUrl("/account#calendar"));
		return address(user);
	}

	/** The token in the address the account page shows. */
	private String address(AccountUser user) throws Exception {
		String page = this.mvc.perform(get("/account").with(user(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher matcher = ADDRESS.matcher(page);
		assertThat(matcher.find()).as("the account page shows the feed's address").isTrue();
		return matcher.group(1);
	}

	private List<VEvent> events(String token) throws Exception {
		String text = this.mvc.perform(get("/calendar/" + token + ".ics"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return parse(text).getComponents(Component.VEVENT);
	}

	private static Calendar parse(String text) throws Exception {
		return new CalendarBuilder().build(new StringReader(text));
	}

	private static String value(Component component, String name) {
		return component.getProperty(name).map(Property::getValue).orElse("");
	}

}
