package app.rekindle.outreach.web;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;

import app.rekindle.account.AccountUser;
import app.rekindle.journey.JourneyService;
import app.rekindle.outreach.Channel;
import app.rekindle.outreach.Draft;
import app.rekindle.outreach.DraftContent;
import app.rekindle.outreach.OutreachService;
import app.rekindle.outreach.ReplyKind;
import app.rekindle.progression.Stage;
import app.rekindle.testsupport.AxeScan;
import app.rekindle.testsupport.Browser;
import app.rekindle.testsupport.BrowserTest;
import app.rekindle.testsupport.MutableClock;
import app.rekindle.testsupport.MutableClockConfiguration;
import app.rekindle.testsupport.TestJourneys;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
@Import(MutableClockConfiguration.class)
class OutreachBrowserTests {

	@Autowired
	private MutableClock clock;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private JourneyService journeys;

	@Autowired
	private TestJourneys testJourneys;

	@Autowired
	private OutreachService outreach;

	@Test
	void writesADraftSeesItsFindingsAndLogsAWarmReply(Browser browser) {
		this.clock.set(MutableClockConfiguration.START);
		LocalDate today = this.clock.instant().atZone(ZoneId.of(Browser.TIME_ZONE)).toLocalDate();
		browser.signUp("finch@example.org", "slow steps are still steps").beginJourney("Mo", today, 90, 60);
		AccountUser user = (AccountUser) this.users.loadUserByUsername("finch@example.org");
		long journeyId = this.journeys.active(user.accountId()).orElseThrow().journey().getId();
		this.testJourneys.putInStage(journeyId, Stage.REACHING_OUT);

		browser.open("/dashboard").press("Your messages and conversations");
		assertThat(browser.heading()).isEqualTo("Reaching out");
		browser.tick("A short text")
			.type("The message", "I miss you so much. Can we try again? Are you seeing someone?")
			.press("Save draft");
		assertThat(browser.heading()).isEqualTo("Your draft");
		assertThat(browser.text()).contains("A second look")
			.contains("Missing them or love")
			.contains("Talk of getting back together")
			.contains("Their love life")
			.contains("Resting until");
		browser.resize(Browser.PHONE).screenshot("outreach-draft-findings-phone");
		browser.resize(Browser.DESKTOP);

		browser.type("The message", "Hi, I walked past the bakery we liked and it has reopened. I hope you are well.")
			.press("Save changes");
		assertThat(browser.text()).contains("Nothing here reads as pressure.");

		this.clock.advance(Duration.ofHours(25));
		browser.open(browser.path());
		browser.press("I sent it");
		assertThat(browser.text()).contains("Marked as sent.").contains("How did they answer?");
		browser.tick("Warm").press("Save reply");
		assertThat(browser.text()).contains("Reply saved.");
		browser.open("/journeys/" + journeyId + "/outreach");
		assertThat(browser.text()).contains("Sent · Warm");
		browser.screenshot("outreach-desktop");
	}

	@Autowired
	private MessageSource messages;

	/** First words borrowed with one tap and made one's own, then a call logged and looked back on, without JavaScript. */
	@Test
	void borrowsFirstWordsAndLooksBackOnACall(Browser browser) {
		this.clock.set(MutableClockConfiguration.START);
		LocalDate today = this.clock.instant().atZone(ZoneId.of(Browser.TIME_ZONE)).toLocalDate();
		browser.signUp("plover@example.org", "the kettle is on again").beginJourney("Jo", today, 90, 60);
		AccountUser user = (AccountUser) this.users.loadUserByUsername("plover@example.org");
		long journeyId = this.journeys.active(user.accountId()).orElseThrow().journey().getId();
		this.testJourneys.putInStage(journeyId, Stage.REACHING_OUT);

		browser.open("/journeys/" + journeyId + "/outreach").follow("Some first words");
		assertThat(browser.heading()).isEqualTo("First words");
		assertThat(browser.text()).contains("They ended it").contains("How to answer").contains("Practical things");
		browser.resize(Browser.PHONE).screenshot("first-words-phone");
		browser.resize(Browser.DESKTOP).screenshot("first-words-desktop");

		String example = this.messages.getMessage("firstWords.THEY_REACHED_OUT.example.1", null, java.util.Locale.ENGLISH);
		browser.open(browser.driver().findElement(By.cssSelector("a[href$='example=THEY_REACHED_OUT-1#write']"))
			.getDomAttribute("href"));
		assertThat(browser.text()).contains("The example is in the message box below.");
		assertThat(browser.field("The message").getDomProperty("value")).isEqualTo(example);
		browser.resize(Browser.PHONE).screenshot("first-words-used-phone");
		browser.resize(Browser.DESKTOP);
		browser.tick("A short text").press("Save draft");
		assertThat(browser.heading()).isEqualTo("Your draft");
		assertThat(browser.text()).contains(example).contains("Nothing here reads as pressure.");

		browser.follow("Back to reaching out");
		assertThat(browser.text()).contains("Before you talk").contains("Listen more than you talk.");
		browser.tick("Phone call").date("When", today).tick("4").type("A note (optional)", "Easy, and short.")
			.press("Log conversation");
		assertThat(browser.heading()).isEqualTo("A conversation");
		assertThat(browser.text()).contains("Conversation logged.").contains("Felt 4 of 5").contains("Easy, and short.");
		browser.resize(Browser.PHONE).screenshot("conversation-look-back-phone");
		browser.resize(Browser.DESKTOP).screenshot("conversation-look-back-desktop");

		browser.press("Save my answers");
		assertThat(browser.text()).contains("Please answer the questions marked below.");
		browser.answer("Did I listen more", "Yes").answer("Did I speak for myself", "Partly")
			.answer("Did I stay calm", "Yes").answer("Did I push", "No")
			.type("A note for yourself (optional)", "I asked about their sister and then just listened.")
			.press("Save my answers");
		assertThat(browser.text()).contains("Your answers are saved.")
			.contains("I asked about their sister and then just listened.");
		assertThat(browser.all(".look-back dd")).extracting((dd) -> dd.getText()).containsExactly("Yes", "Partly", "Yes", "No");
		browser.driver().findElement(By.cssSelector("#look-back summary")).click();
		browser.resize(Browser.PHONE).screenshot("conversation-looked-back-phone");
		browser.resize(Browser.DESKTOP).screenshot("conversation-looked-back-desktop");
	}

	/**
	 * A cold reply, then silence: the suggestion to step back or move on; then "not ready yet": the
	 * waiting where the next message would be written, and the kind next step. No serious or
	 * critical axe violation in either, in light or dark.
	 */
	@Test
	void theStepBackAndTheWaitingAreAccessible(Browser browser) {
		this.clock.set(MutableClockConfiguration.START);
		LocalDate today = this.clock.instant().atZone(ZoneId.of(Browser.TIME_ZONE)).toLocalDate();
		browser.signUp("wren@example.org", "waiting is also a way").beginJourney("Jo", today, 90, 60);
		AccountUser user = (AccountUser) this.users.loadUserByUsername("wren@example.org");
		long journeyId = this.journeys.active(user.accountId()).orElseThrow().journey().getId();
		this.testJourneys.putInStage(journeyId, Stage.REACHING_OUT);

		Draft first = sent(user, journeyId, "Hope the new flat is cosy.");
		this.clock.advance(Duration.ofDays(1));
		this.outreach.logReply(user.accountId(), journeyId, first.getId(), ReplyKind.COLD, null);
		this.clock.advance(Duration.ofDays(7));
		Draft second = sent(user, journeyId, "I saw the autumn market is back.");
		browser.open("/journeys/" + journeyId + "/outreach");
		assertThat(browser.text()).contains("had a cold reply or none").contains("Move on");
		scan(browser, "cold then silence");

		this.outreach.logReply(user.accountId(), journeyId, second.getId(), ReplyKind.NOT_READY, null);
		browser.open("/journeys/" + journeyId + "/outreach");
		assertThat(browser.text()).contains("Waiting, without pressure");
		scan(browser, "not ready yet");
		browser.open("/journeys/" + journeyId + "/outreach/drafts/" + second.getId());
		assertThat(browser.text()).contains("A kind next step");
		scan(browser, "not ready yet, the message");
	}

	private Draft sent(AccountUser user, long journeyId, String body) {
		Draft draft = this.outreach.write(user.accountId(), journeyId, new DraftContent(Channel.TEXT, body, null));
		this.clock.advance(Duration.ofHours(25));
		this.outreach.markSent(user.accountId(), journeyId, draft.getId());
		return draft;
	}

	private static void scan(Browser browser, String page) {
		for (Dimension size : List.of(Browser.PHONE, Browser.DESKTOP)) {
			browser.resize(size);
			AxeScan.colorScheme(browser, "light");
			AxeScan axe = AxeScan.of(browser);
			assertThat(axe.everyRule(page)).as(page).isEmpty();
			AxeScan.colorScheme(browser, "dark");
			assertThat(axe.colours(page + ", dark")).as(page + ", dark").isEmpty();
		}
		AxeScan.colorScheme(browser, "light");
	}

}
