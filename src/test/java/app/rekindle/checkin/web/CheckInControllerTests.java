package app.rekindle.checkin.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
import app.rekindle.checkin.CheckIn;
import app.rekindle.checkin.CheckInService;
import app.rekindle.checkin.ContactKind;
import app.rekindle.checkin.SelfCare;
import app.rekindle.testsupport.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
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
class CheckInControllerTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private CheckInService checkIns;

	@Autowired
	private AccountClock accountClock;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void savesTodaysCheckInAndShowsItOnTheDashboard() throws Exception {
		AccountUser user = this.accounts.create();
		LocalDate today = this.accountClock.today(user.accountId());
		this.mvc.perform(get("/checkin").with(user(user))).andExpect(redirectedUrl("/checkin/" + today));

		this.mvc.perform(checkIn(user, today, "4", "3", "NONE").param("selfCare", "SLEPT_WELL", "TIME_OUTSIDE")
			.param("otherSelfCare", "Baked bread")
			.param("note", "A calmer day <3"))
			.andExpect(redirectedUrl("/dashboard"))
			.andExpect(flash().attribute("notice", "checkin.saved"));

		CheckIn saved = this.checkIns.on(user.accountId(), today).orElseThrow();
		assertThat(saved.getMood()).isEqualTo(4);
		assertThat(saved.getUrge()).isEqualTo(3);
		assertThat(saved.getSelfCare()).containsExactlyInAnyOrder(SelfCare.SLEPT_WELL, SelfCare.TIME_OUTSIDE, SelfCare.OTHER);
		assertThat(saved.getOtherSelfCare()).isEqualTo("Baked bread");
		assertThat(saved.isLate()).isFalse();
		assertThat(this.jdbc.queryForObject("select note from check_in where id = ?", String.class, saved.getId()))
			.startsWith("v1:")
			.doesNotContain("calmer");
		this.mvc.perform(get("/dashboard").with(user(user)))
			.andExpect(content().string(containsString("Mood: 4 · Good")))
			.andExpect(content().string(containsString("Urge to contact: 3 of 10")));
	}

	@Test
	void checkingInAgainTheSameDayUpdatesTheOneCheckIn() throws Exception {
		AccountUser user = this.accounts.create();
		LocalDate today = this.accountClock.today(user.accountId());
		this.mvc.perform(checkIn(user, today, "2", "8", "NONE").param("note", "morning"));
		this.mvc.perform(checkIn(user, today, "4", "2", "PRACTICAL").param("note", "evening"))
			.andExpect(redirectedUrl("/dashboard"));

		assertThat(rows(user)).isEqualTo(1);
		CheckIn saved = this.checkIns.on(user.accountId(), today).orElseThrow();
		assertThat(saved.getMood()).isEqualTo(4);
		assertThat(saved.getContact()).isEqualTo(ContactKind.PRACTICAL);
		assertThat(saved.getNote()).isEqualTo("evening");
		this.mvc.perform(get("/checkin/{day}", today).with(user(user)))
			.andExpect(content().string(containsString("You already checked in for this day.")))
			.andExpect(content().string(containsString(">evening</textarea>")));
	}

	@Test
	void fillsInAMissedDayWithinTheWindowAndMarksItLate() throws Exception {
		AccountUser user = this.accounts.create();
		madeDaysAgo(user, 30, ZoneId.of("Europe/Berlin"));
		LocalDate today = this.accountClock.today(user.accountId());
		LocalDate fourteenDaysAgo = today.minusDays(14);
		this.mvc.perform(get("/checkin/{day}", today).with(user(user)))
			.andExpect(content().string(containsString("/checkin/" + fourteenDaysAgo)));

		this.mvc.perform(checkIn(user, fourteenDaysAgo, "3", "5", "NONE"))
			.andExpect(flash().attribute("notice", "checkin.saved.late"));
		assertThat(this.checkIns.on(user.accountId(), fourteenDaysAgo)).hasValueSatisfying((saved) -> assertThat(saved.isLate()).isTrue());
	}

	@Test
	void aNewAccountsFirstCheckInListsNoMissedDays() throws Exception {
		AccountUser user = this.accounts.create();
		LocalDate today = this.accountClock.today(user.accountId());

		this.mvc.perform(get("/checkin/{day}", today).with(user(user)))
			.andExpect(status().isOk())
			.andExpect(model().attribute("missedDays", java.util.List.of()))
			.andExpect(content().string(not(containsString("Missed days you can still fill in"))))
			.andExpect(content().string(not(containsString("/checkin/" + today.minusDays(1)))));
	}

	/** Made shortly after midnight in Tokyo two days ago: still the day before that in UTC. */
	@Test
	void listsOnlyDaysSinceTheAccountWasMadeInItsOwnZone() throws Exception {
		ZoneId tokyo = ZoneId.of("Asia/Tokyo");
		AccountUser user = this.accounts.create(TestAccounts.uniqueEmail(), tokyo);
		LocalDate today = this.accountClock.today(user.accountId());
		madeDaysAgo(user, 2, tokyo);
		this.mvc.perform(checkIn(user, today.minusDays(1), "3", "4", "NONE"));

		this.mvc.perform(get("/checkin/{day}", today).with(user(user)))
			.andExpect(model().attribute("missedDays", java.util.List.of(today.minusDays(2))))
			.andExpect(content().string(containsString("Missed days you can still fill in")))
			.andExpect(content().string(containsString("href=\"/checkin/" + today.minusDays(2) + "\"")))
			.andExpect(content().string(not(containsString("href=\"/checkin/" + today.minusDays(3) + "\""))));
	}

	/** Moves the account's creation back to 00:30 on the day {@code days} before today in {@code zone}. */
	private void madeDaysAgo(AccountUser user, int days, ZoneId zone) {
		LocalDate today = this.accountClock.today(zone);
		java.time.Instant made = today.minusDays(days).atTime(0, 30).atZone(zone).toInstant();
		this.jdbc.update("update account set created_at = ? where id = ?", made.atOffset(java.time.ZoneOffset.UTC),
				user.accountId());
	}

	@Test
	void refusesADayOlderThanTheWindowAndAFutureDay() throws Exception {
		AccountUser user = this.accounts.create();
		LocalDate today = this.accountClock.today(user.accountId());
		this.mvc.perform(checkIn(user, today.minusDays(15), "3", "5", "NONE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("more than 14 days ago")));
		this.mvc.perform(checkIn(user, today.plusDays(1), "3", "5", "NONE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("has not come yet")));
		this.mvc.perform(get("/checkin/{day}", today.minusDays(15)).with(user(user)))
			.andExpect(content().string(containsString("can no longer be filled in")))
			.andExpect(content().string(not(containsString("Save check-in"))));
		assertThat(rows(user)).isZero();
	}

	static Stream<Arguments> badInput() {
		return Stream.of(Arguments.of("no mood", null, "3", "NONE", "mood", "Please choose how your mood is"),
				Arguments.of("mood 0", "0", "3", "NONE", "mood", "Please choose a mood from 1 to 5."),
				Arguments.of("mood 6", "6", "3", "NONE", "mood", "Please choose a mood from 1 to 5."),
				Arguments.of("mood not a number", "good", "3", "NONE", "mood", "Please choose a mood from 1 to 5."),
				Arguments.of("no urge", "3", null, "NONE", "urge", "Please choose how strong the urge is"),
				Arguments.of("urge -1", "3", "-1", "NONE", "urge", "Please choose a number from 0 to 10."),
				Arguments.of("urge 11", "3", "11", "NONE", "urge", "Please choose a number from 0 to 10."),
				Arguments.of("urge not a number", "3", "ten", "NONE", "urge", "Please choose a number from 0 to 10."),
				Arguments.of("no contact answer", "3", "3", "", "contact", "Please say whether there was any contact."),
				Arguments.of("unknown contact", "3", "3", "STALKED", "contact", "Please choose one of the options."));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badInput")
	void refusesBadInputOnTheSamePageAndKeepsTheNote(String name, String mood, String urge, String contact,
			String field, String message) throws Exception {
		AccountUser user = this.accounts.create();
		LocalDate today = this.accountClock.today(user.accountId());
		MockHttpServletRequestBuilder request = post("/checkin/{day}", today).with(user(user)).with(csrf())
			.param("contact", contact)
			.param("note", "Keep this note");
		if (mood != null) {
			request.param("mood", mood);
		}
		if (urge != null) {
			request.param("urge", urge);
		}
		this.mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", field))
			.andExpect(content().string(containsString(message)))
			.andExpect(content().string(containsString(">Keep this note</textarea>")));
		assertThat(rows(user)).isZero();
	}

	@Test
	void refusesTooLongTextsAndKeepsThem() throws Exception {
		AccountUser user = this.accounts.create();
		LocalDate today = this.accountClock.today(user.accountId());
		String note = "n".repeat(CheckInForm.NOTE_MAX + 1);
		String other = "o".repeat(CheckInForm.OTHER_MAX + 1);
		this.mvc.perform(checkIn(user, today, "3", "3", "NONE").param("note", note).param("otherSelfCare", other))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "note", "otherSelfCare"))
			.andExpect(content().string(containsString("Please keep the note to 2,000 characters.")))
			.andExpect(content().string(containsString(">" + note + "</textarea>")))
			.andExpect(content().string(containsString("value=\"" + other + "\"")));
		assertThat(rows(user)).isZero();
	}

	@Test
	void aSlipIsAcknowledgedKindlyAndTheyReachingOutGetsItsGuide() throws Exception {
		AccountUser user = this.accounts.create();
		LocalDate today = this.accountClock.today(user.accountId());
		this.mvc.perform(checkIn(user, today, "2", "3", "I_REACHED_OUT"))
			.andExpect(redirectedUrl("/checkin/" + today + "/saved"));
		this.mvc.perform(get("/checkin/{day}/saved", today).with(user(user)))
			.andExpect(status().isOk())
			.andExpect(model().attribute("notice", "checkin.saved.slip"))
			.andExpect(content().string(containsString("You reached out, and that is human.")))
			.andExpect(content().string(containsString("Thank you for being honest")));
		this.mvc.perform(checkIn(user, today.minusDays(1), "3", "6", "THEY_REACHED_OUT"))
			.andExpect(redirectedUrl("/dashboard"))
			.andExpect(flash().attribute("notice", "checkin.saved.theyReachedOut"));
	}

	@Test
	void aStrongUrgeIsAnsweredWithThePauseFirstAndTodaySecond() throws Exception {
		AccountUser user = this.accounts.create();
		LocalDate today = this.accountClock.today(user.accountId());
		this.mvc.perform(checkIn(user, today, "2", "7", "NONE"))
			.andExpect(redirectedUrl("/checkin/" + today + "/saved"))
			.andExpect(flash().attributeCount(0));

		String page = this.mvc.perform(get("/checkin/{day}/saved", today).with(user(user)))
			.andExpect(status().isOk())
			.andExpect(model().attribute("notice", "checkin.saved"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Element main = Jsoup.parse(page).selectFirst("main");
		assertThat(main.select("h1").text()).isEqualTo("A strong pull today");
		assertThat(main.select("a.button")).extracting(Element::text, (link) -> link.attr("href"))
			.containsExactly(tuple("Take a pause", "/pause"), tuple("Back to today", "/dashboard"));
		assertThat(main.text()).doesNotContainIgnoringCase("fail").doesNotContainIgnoringCase("danger");
	}

	@Test
	void anUrgeBelowTheThresholdGoesBackToToday() throws Exception {
		AccountUser user = this.accounts.create();
		LocalDate today = this.accountClock.today(user.accountId());
		this.mvc.perform(checkIn(user, today, "2", "6", "NONE"))
			.andExpect(redirectedUrl("/dashboard"))
			.andExpect(flash().attribute("notice", "checkin.saved"));
		// Asked for without a hard check-in that day, the answer is simply Today.
		this.mvc.perform(get("/checkin/{day}/saved", today).with(user(user))).andExpect(redirectedUrl("/dashboard"));
		this.mvc.perform(get("/checkin/{day}/saved", today.minusDays(3)).with(user(user)))
			.andExpect(redirectedUrl("/dashboard"));
	}

	@Test
	void aHardMissedDayIsAnsweredInWordsForThePast() throws Exception {
		AccountUser user = this.accounts.create();
		LocalDate yesterday = this.accountClock.today(user.accountId()).minusDays(1);
		this.mvc.perform(checkIn(user, yesterday, "1", "10", "NONE"))
			.andExpect(redirectedUrl("/checkin/" + yesterday + "/saved"));
		this.mvc.perform(get("/checkin/{day}/saved", yesterday).with(user(user)))
			.andExpect(model().attribute("notice", "checkin.saved.late"))
			.andExpect(content().string(containsString("That was a hard day")));
	}

	@Test
	void theAnswerToAHardCheckInIsOnlyEverTheCallersOwn() throws Exception {
		AccountUser owner = this.accounts.create(TestAccounts.uniqueEmail(), ZoneId.of("UTC"));
		AccountUser other = this.accounts.create(TestAccounts.uniqueEmail(), ZoneId.of("UTC"));
		LocalDate today = this.accountClock.today(owner.accountId());
		this.mvc.perform(checkIn(owner, today, "1", "10", "I_REACHED_OUT").param("note", "only mine to read"));

		this.mvc.perform(get("/checkin/{day}/saved", today).with(user(other))).andExpect(redirectedUrl("/dashboard"));
		this.mvc.perform(get("/checkin/{day}/saved", today)).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/checkin/{day}/saved", today).with(user(owner)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("only mine to read"))));
	}

	@Test
	void theQuickCheckInSavesMoodAndUrgeAsADayWithoutContact() throws Exception {
		AccountUser user = this.accounts.create();
		LocalDate today = this.accountClock.today(user.accountId());
		this.mvc.perform(quickCheckIn(user, today, "3", "4"))
			.andExpect(redirectedUrl("/dashboard"))
			.andExpect(flash().attribute("notice", "checkin.saved"));
		CheckIn saved = this.checkIns.on(user.accountId(), today).orElseThrow();
		assertThat(saved.getMood()).isEqualTo(3);
		assertThat(saved.getUrge()).isEqualTo(4);
		assertThat(saved.getContact()).isEqualTo(ContactKind.NONE);
		assertThat(saved.getSelfCare()).isEmpty();
		assertThat(saved.getNote()).isNull();

		this.mvc.perform(quickCheckIn(user, today, "2", "8")).andExpect(redirectedUrl("/checkin/" + today + "/saved"));
		this.mvc.perform(quickCheckIn(user, today, "2", null))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "urge"))
			.andExpect(content().string(containsString("Today’s check-in")));
		assertThat(this.checkIns.on(user.accountId(), today).orElseThrow().getUrge()).isEqualTo(8);
	}

	@Test
	void theQuickCheckInKeepsTheAnswersItDoesNotAskFor() throws Exception {
		AccountUser user = this.accounts.create();
		LocalDate today = this.accountClock.today(user.accountId());
		this.mvc.perform(checkIn(user, today, "2", "5", "PRACTICAL").param("selfCare", "SLEPT_WELL")
			.param("otherSelfCare", "Baked bread")
			.param("note", "written this morning"));

		this.mvc.perform(quickCheckIn(user, today, "4", "2")).andExpect(redirectedUrl("/dashboard"));
		CheckIn saved = this.checkIns.on(user.accountId(), today).orElseThrow();
		assertThat(saved.getMood()).isEqualTo(4);
		assertThat(saved.getUrge()).isEqualTo(2);
		assertThat(saved.getContact()).isEqualTo(ContactKind.PRACTICAL);
		assertThat(saved.getSelfCare()).containsExactlyInAnyOrder(SelfCare.SLEPT_WELL, SelfCare.OTHER);
		assertThat(saved.getOtherSelfCare()).isEqualTo("Baked bread");
		assertThat(saved.getNote()).isEqualTo("written this morning");

		// The full form with every box unticked and the note emptied still clears them.
		this.mvc.perform(checkIn(user, today, "4", "2", "NONE").param("_selfCare", "on")
			.param("otherSelfCare", "")
			.param("note", ""));
		saved = this.checkIns.on(user.accountId(), today).orElseThrow();
		assertThat(saved.getContact()).isEqualTo(ContactKind.NONE);
		assertThat(saved.getSelfCare()).isEmpty();
		assertThat(saved.getOtherSelfCare()).isNull();
		assertThat(saved.getNote()).isNull();
	}

	@Test
	void theFullFormShowsBothScalesAsOneRowOfRadiosWithTheChoiceKept() throws Exception {
		AccountUser user = this.accounts.create();
		LocalDate today = this.accountClock.today(user.accountId());
		String page = this.mvc.perform(post("/checkin/{day}", today).with(user(user)).with(csrf()).param("mood", "4"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document document = Jsoup.parse(page);
		assertThat(document.select(".tap-scale--mood input[type=radio][name=mood]")).extracting((input) -> input.attr("value"))
			.containsExactly("1", "2", "3", "4", "5");
		assertThat(document.select(".tap-scale--urge input[type=radio][name=urge]")).hasSize(11);
		assertThat(document.select("input[name=mood][checked]")).extracting((input) -> input.attr("value")).containsExactly("4");
		assertThat(document.select("input[name=urge][checked]")).isEmpty();
		assertThat(document.selectFirst("label:has(#mood1)").text()).isEqualTo("1 Very low");
		assertThat(document.selectFirst("#urge0").attr("aria-describedby")).isEqualTo("urge-error");
		assertThat(document.selectFirst("#urge-error").text()).contains("Please choose how strong the urge is");
	}

	@Test
	void eachAccountSeesOnlyItsOwnCheckIns() throws Exception {
		AccountUser owner = this.accounts.create(TestAccounts.uniqueEmail(), ZoneId.of("UTC"));
		AccountUser other = this.accounts.create(TestAccounts.uniqueEmail(), ZoneId.of("UTC"));
		LocalDate today = this.accountClock.today(owner.accountId());
		this.mvc.perform(checkIn(owner, today, "1", "10", "NONE").param("note", "only mine to read"));

		this.mvc.perform(get("/checkin/{day}", today).with(user(other)))
			.andExpect(content().string(not(containsString("only mine to read"))))
			.andExpect(content().string(not(containsString("You already checked in"))));
		this.mvc.perform(checkIn(other, today, "5", "0", "NONE").param("note", "theirs"));
		assertThat(this.checkIns.on(owner.accountId(), today).orElseThrow().getNote()).isEqualTo("only mine to read");
		assertThat(rows(owner)).isEqualTo(1);
	}

	private int rows(AccountUser user) {
		return this.jdbc.queryForObject("select count(*) from check_in where account_id = ?", Integer.class, user.accountId());
	}

	/** What the quick check-in on Today sends: mood and urge, nothing else. */
	static MockHttpServletRequestBuilder quickCheckIn(AccountUser user, LocalDate day, String mood, String urge) {
		MockHttpServletRequestBuilder request = post("/checkin/{day}", day).with(user(user)).with(csrf()).param("mood", mood);
		return (urge != null) ? request.param("urge", urge) : request;
	}

	static MockHttpServletRequestBuilder checkIn(AccountUser user, LocalDate day, String mood, String urge, String contact) {
		return post("/checkin/{day}", day).with(user(user))
			.with(csrf())
			.param("mood", mood)
			.param("urge", urge)
			.param("contact", contact);
	}

}
