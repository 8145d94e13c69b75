package app.rekindle.mail;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import app.rekindle.account.AccountUser;
import app.rekindle.checkin.CheckInAnswers;
import app.rekindle.checkin.CheckInService;
import app.rekindle.checkin.ContactKind;
import app.rekindle.testsupport.MailServer;
import app.rekindle.testsupport.MailTest;
import app.rekindle.testsupport.MutableClock;
import app.rekindle.testsupport.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Daily reminders by e-mail: opted into on the account page, sent at the person's own time, easy to stop. */
@MailTest
class RemindersTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private MutableClock clock;

	@Autowired
	private ReminderSweep sweep;

	@Autowired
	private Reminders reminders;

	@Autowired
	private CheckInService checkIns;

	@Test
	void theAccountPageTurnsThemOnAndTheReminderComesAtThatTimeWithItsOneClickUnsubscribe() throws Exception {
		this.clock.set(Instant.parse("2026-06-01T12:00:00Z"));
		String email = TestAccounts.uniqueEmail();
		AccountUser person = this.accounts.create(email, BERLIN);
		this.mvc.perform(get("/account").with(user(person)))
			.andExpect(content().string(containsString("Reminders by e-mail")));

		this.mvc.perform(post("/account/reminders").with(user(person)).with(csrf()).param("remindAt", "20:00"))
			.andExpect(redirectedUrl("/account#reminders"));
		this.clock.set(Instant.parse("2026-06-01T17:59:00Z"));
		this.sweep.sendDue();
		MailServer.sleep(300);
		assertThat(MailServer.to(email)).as("before its time").isEmpty();

		this.clock.set(Instant.parse("2026-06-01T18:00:00Z"));
		this.sweep.sendDue();

		MimeMessage reminder = MailServer.one(email);
		assertThat(reminder.getSubject()).isEqualTo("Your daily note");
		String unsubscribe = reminder.getHeader("List-Unsubscribe")[0];
		assertThat(unsubscribe).matches("<" + MailTest.SITE + "/unsubscribe/[A-Za-z0-9_-]{43}>");
		assertThat(reminder.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
		assertThat(MailServer.text(reminder)).contains(MailTest.SITE + "/dashboard").contains(unsubscribe.substring(1, unsubscribe.length() - 1));
		assertThat(this.reminders.settings(person.accountId()).orElseThrow().nextDueAt())
			.isEqualTo(Instant.parse("2026-06-02T18:00:00Z"));
	}

	@Test
	void noReminderComesOnADayWhoseCheckInIsDone() {
		this.clock.set(Instant.parse("2026-06-03T12:00:00Z"));
		String email = TestAccounts.uniqueEmail();
		AccountUser person = this.accounts.create(email, BERLIN);
		this.reminders.remindAt(person.accountId(), java.time.LocalTime.of(20, 0));
		this.checkIns.record(person.accountId(),
				new CheckInAnswers(LocalDate.of(2026, 6, 3), 3, 2, ContactKind.NONE, Set.of(), null, null));

		this.clock.set(Instant.parse("2026-06-03T18:00:00Z"));
		this.sweep.sendDue();

		MailServer.sleep(500);
		assertThat(MailServer.to(email)).isEmpty();
		assertThat(this.reminders.settings(person.accountId()).orElseThrow().nextDueAt())
			.as("tomorrow's is still to come")
			.isEqualTo(Instant.parse("2026-06-04T18:00:00Z"));
	}

	@Test
	void onTheSpringForwardDayAReminderAtAnHourThatDoesNotExistComesOnceAtThreeOClock() {
		this.clock.set(Instant.parse("2026-03-28T12:00:00Z"));
		String email = TestAccounts.uniqueEmail();
		AccountUser person = this.accounts.create(email, BERLIN);
		this.reminders.remindAt(person.accountId(), java.time.LocalTime.of(2, 30));

		this.clock.set(Instant.parse("2026-03-29T00:59:00Z"));
		this.sweep.sendDue();
		this.clock.set(Instant.parse("2026-03-29T01:00:00Z"));
		this.sweep.sendDue();
		this.clock.set(Instant.parse("2026-03-29T01:30:00Z"));
		this.sweep.sendDue();

		assertThat(MailServer.one(email)).isNotNull();
	}

	@Test
	void onTheFallBackDayAReminderAtAnHourThatHappensTwiceComesOnce() {
		this.clock.set(Instant.parse("2026-10-24T12:00:00Z"));
		String email = TestAccounts.uniqueEmail();
		AccountUser person = this.accounts.create(email, BERLIN);
		this.reminders.remindAt(person.accountId(), java.time.LocalTime.of(2, 30));

		this.clock.set(Instant.parse("2026-10-25T00:30:00Z"));
		this.sweep.sendDue();
		MailServer.await(email, 1);
		this.clock.set(Instant.parse("2026-10-25T01:30:00Z"));
		this.sweep.sendDue();

		assertThat(MailServer.one(email)).isNotNull();
	}

	@Test
	void aMailProvidersOneClickUnsubscribeNeedsNoSessionNorToken() throws Exception {
		AccountUser person = this.accounts.create();
		this.reminders.remindAt(person.accountId(), java.time.LocalTime.of(20, 0));
		String path = Reminders.unsubscribePath(this.reminders.settings(person.accountId()).orElseThrow().unsubscribeToken());

		this.mvc.perform(post(path).contentType(MediaType.APPLICATION_FORM_URLENCODED).content("List-Unsubscribe=One-Click"))
			.andExpect(redirectedUrl("/unsubscribed"));

		assertThat(this.reminders.settings(person.accountId())).isEmpty();
		this.mvc.perform(get("/unsubscribed")).andExpect(status().isOk()).andExpect(content().string(containsString("No more reminders")));
	}

	@Test
	void aPersonWhoOpensTheLinkGetsAButtonAndOpeningItChangesNothing() throws Exception {
		AccountUser person = this.accounts.create();
		this.reminders.remindAt(person.accountId(), java.time.LocalTime.of(20, 0));
		String path = Reminders.unsubscribePath(this.reminders.settings(person.accountId()).orElseThrow().unsubscribeToken());

		this.mvc.perform(get(path)).andExpect(status().isOk()).andExpect(content().string(containsString("Stop the reminders")));

		assertThat(this.reminders.settings(person.accountId())).isPresent();
		this.mvc.perform(get("/unsubscribe/" + "x".repeat(43))).andExpect(status().isNotFound());
	}

	@Test
	void onlyTheUnsubscribePathTakesAPostWithoutACsrfToken() throws Exception {
		AccountUser person = this.accounts.create();

		this.mvc.perform(post("/account/reminders/off").with(user(person))).andExpect(status().isForbidden());
		this.mvc.perform(post("/password/forgot").param("email", "someone@example.org")).andExpect(status().isForbidden());
	}

	@Test
	void aTimeThatIsNotOneComesBackOnTheAccountPage() throws Exception {
		AccountUser person = this.accounts.create();

		this.mvc.perform(post("/account/reminders").with(user(person)).with(csrf()).param("remindAt", "soon"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		assertThat(this.reminders.settings(person.accountId())).isEmpty();
	}

}
