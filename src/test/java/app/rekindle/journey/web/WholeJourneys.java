package app.rekindle.journey.web;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import app.rekindle.testsupport.Browser;
import app.rekindle.testsupport.MutableClock;
import app.rekindle.testsupport.MutableClockConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three whole journeys, every step through the pages a person sees, with only the clock moved:
 * one from sign-up to being back together with the summary and its PDF, one where their request for
 * no contact closes reaching out, and one where "not ready yet" pauses it and a plain "no" later
 * closes it. {@link WholeJourneyBrowserTests} walks them with JavaScript and
 * {@link WholeJourneyWithoutJavaScriptBrowserTests} without, in two test classes so that the test
 * JVMs can walk them side by side.
 */
final class WholeJourneys {

	private static final String CAUSE = "We stopped telling each other how we felt.";

	private final MutableClock clock;

	private final String quickExitUrl;

	WholeJourneys(MutableClock clock, String quickExitUrl) {
		this.clock = clock;
		this.quickExitUrl = quickExitUrl;
	}

	void reunion(Browser browser, String email) throws IOException {
		this.clock.set(MutableClockConfiguration.START);
		JourneyPages pages = new JourneyPages(browser, this.clock);
		LocalDate started = pages.today();

		// Reflection.
		pages.signUp(email, "slow tide, steady heart").beginJourney("Robin", 60, 10, 21);
		long journeyId = pages.journeyId();
		pages.completeReflection(CAUSE);
		pages.advanceTo("No contact", 2, "Reflection is complete. Your no-contact count goes on from the day you were last in touch");
		assertThat(pages.requirement("Days without contact")).startsWith("Open").contains("10 of 21 days");
		assertThat(pages.requirement("Daily check-ins")).startsWith("Open").contains("0 of 7 check-ins");
		pages.addGoalWithAStep("Swim twice a week", "Swam 20 lengths, slowly.");
		pages.checkInNoteShowsItsLimit();

		// Four weeks of daily check-ins, with a slip on day 3 and an urge on day 5.
		for (int day = 1; day <= 28; day++) {
			pages.daysPass(1);
			if (day == 3) {
				pages.checkIn(2, 9, "I reached out to them", "I sent a message at midnight. Tomorrow is a new day.",
						"You reached out, and that is human.");
				pages.stepPage();
				assertThat(pages.timerDays()).isEqualTo("0");
				assertThat(browser.text()).contains("You reached out once since starting.");
				pages.screenshot("slip-dashboard");
				continue;
			}
			if (day == 5) {
				pages.urgeWithAnUnsentLetter(CAUSE, "I wanted to tell you about the concert. I will tell my journal instead.");
			}
			int mood = Math.min(5, 2 + day / 8);
			int urge = Math.max(1, 8 - day / 4);
			pages.checkIn(mood, urge, "No contact", (day % 7 == 0) ? "A calmer week." : null, "Checked in.");
			if (day == 14) {
				// Eleven days since the slip; the twelve clean days before it still count.
				pages.stepPage();
				assertThat(pages.timerDays()).isEqualTo("11");
				assertThat(pages.timerFigure("Days left")).isEqualTo("10 days");
				assertThat(pages.timerFigure("Reaches the goal on")).isEqualTo(started.plusDays(24).format(JourneyPages.DAY));
				assertThat(pages.timerFigure("Clean days in total")).isEqualTo("23 days");
				assertThat(pages.timerFigure("Longest stretch")).isEqualTo("12 days");
				pages.continueNotOpenYet("Reaching out", "10 more days to go.");
				assertThat(pages.requirement("Days without contact")).startsWith("Open").contains("11 of 21 days");
			}
		}
		pages.stepPage();
		assertThat(browser.text()).contains("5 of 5 done");
		assertThat(pages.timerDays()).isEqualTo("25");
		assertThat(pages.timerFigure("Days left")).isEqualTo("0 days");
		assertThat(pages.timerFigure("Reached the goal on")).isEqualTo(started.plusDays(24).format(JourneyPages.DAY));
		assertThat(pages.timerFigure("Clean days in total")).isEqualTo("37 days");
		assertThat(pages.timerFigure("Longest stretch")).isEqualTo("25 days");
		assertThat(pages.requirement("Days without contact")).startsWith("Done").contains("25 of 21 days");
		assertThat(pages.requirement("Daily check-ins")).startsWith("Done").contains("25 of 7 check-ins");
		assertThat(pages.requirement("Checking in regularly")).startsWith("Done")
			.contains("Checked in on 25 of 25 days (100%, at least 60% needed)");
		assertThat(pages.requirement("A calmer urge")).startsWith("Done").contains("Average 2.1 over your last 7 check-ins");
		assertThat(pages.requirement("A growth goal")).startsWith("Done");
		pages.screenshot("no-contact-complete");
		browser.open("/history");
		assertThat(browser.text()).contains("28 check-ins in the last 30 days.");

		// Reaching out: a draft the pressure check flags, changed, rested, sent; two warm replies; a good call.
		pages.advanceTo("Reaching out", 3, "You completed your no-contact period.");
		browser.follow("Your messages and conversations");
		assertThat(browser.heading()).isEqualTo("Reaching out");
		pages.writeDraft("I miss you so much. Can we try again? Are you seeing someone?", "Missing them or love",
				"Talk of getting back together", "Their love life");
		pages.screenshot("draft-findings");
		browser.type("The message", "Hi Robin, I walked past the bakery we liked and it has reopened. I hope you are well.")
			.press("Save changes");
		assertThat(browser.text()).contains("Changes saved. The day of rest starts again.")
			.contains("Nothing here reads as pressure.");
		pages.restSendAndLogReply("Warm", "Short, but friendly.");
		assertThat(browser.text()).contains("Reply saved.");
		browser.follow("Back to reaching out");
		assertThat(browser.text()).contains("Sent · Warm");
		pages.writeDraft("Thank you for the photo of the bakery. It made my day.");
		pages.restSendAndLogReply("Warm", "They suggested a call.");
		browser.follow("Back to reaching out");
		browser.tick("Phone call").date("When", pages.today()).tick("5").type("A note (optional)", "We laughed a lot.")
			.press("Log conversation");
		assertThat(browser.text()).contains("Conversation logged.").contains("Felt 5 of 5");
		pages.stepPage();
		assertThat(pages.requirement("Warm replies")).startsWith("Done").contains("2 of 2 warm replies");
		assertThat(pages.requirement("A good conversation")).startsWith("Done");

		// Rebuilding trust over three weeks.
		pages.advanceTo("Rebuilding trust", 4, "You are talking again.");
		LocalDate trustBegan = pages.today();
		browser.follow("Your apology");
		browser.all("input[name='coveredMistakes']").get(0).click();
		browser.type("What I did", "I went quiet for days and left you guessing.")
			.type("That it was mine", "That was my choice, not yours.")
			.type("What I will do now", "Say on the same day when something hurts.")
			.type("How you will see it", "You will hear it from me, kindly, before bed.")
			.date("The day you gave it (optional)", pages.today())
			.press("Save my apology");
		assertThat(browser.text()).contains("Your apology is saved, with the day you gave it.");

		String[] promises = { "Call on Sunday evening.", "Be on time for dinner.", "Plan a weekend away together.",
				"Put the phone away at meals.", "Cook together once a week." };
		pages.stepPage().follow("Commitments");
		for (int i = 0; i < promises.length; i++) {
			browser.type("The promise", promises[i]).date("Due on", trustBegan.plusDays(3 + 4 * i)).tick("Still open").press("Save");
			assertThat(browser.text()).contains("Commitment saved.").contains(promises[i]);
		}
		assertThat(browser.text()).contains("0 of 5 kept (0%)");

		String[] boundaries = { "When one of us needs time alone after an argument, we say so.",
				"No checking each other's phones.", "Friends' evenings stay friends' evenings." };
		pages.stepPage().follow("Boundaries");
		for (String boundary : boundaries) {
			browser.type("The boundary", boundary)
				.tick("Ours: something we both hold to")
				.answer("Have you both agreed to it?", "Yes, we both have")
				.press("Save");
			assertThat(browser.text()).contains("Boundary saved.");
		}
		assertThat(browser.text()).contains("3 of 3 agreed by both");

		activity(browser, pages, "Cooked dinner and walked by the canal.", "Something new", "5 · Really good", "No");
		pages.stepPage();
		assertThat(pages.requirement("Time in this stage")).startsWith("Open").contains("0 of 21 days");
		pages.continueNotOpenYet("Trial period", "21 more days. Trust needs time as well as effort.");

		pages.daysPass(7);
		activity(browser, pages, "Went back to our old climbing gym.", "Something we used to do", "4 · Good", "Yes");
		pages.stepPage().follow("Commitments");
		browser.pressFor(promises[0], "Mark as kept").pressFor(promises[1], "Mark as kept");
		assertThat(browser.text()).contains("2 of 5 kept (40%)");

		pages.daysPass(7);
		activity(browser, pages, "A day trip to the coast.", "Something new", "4 · Good", "No");
		pages.stepPage().follow("Commitments");
		browser.pressFor(promises[2], "Mark as kept").pressFor(promises[3], "Mark as not kept");
		assertThat(browser.text()).contains("Marked as not kept. Being honest about it is part of rebuilding trust, too.")
			.contains("3 of 5 kept (60%)");

		pages.daysPass(7);
		activity(browser, pages, "Cooked the recipe from our first holiday.", "Something we used to do", "5 · Really good", "No");
		pages.stepPage().follow("Commitments");
		browser.pressFor(promises[4], "Mark as kept");
		assertThat(browser.text()).contains("4 of 5 kept (80%)");
		pages.stepPage();
		assertThat(browser.text()).contains("7 of 7 done");
		assertThat(pages.requirement("Your apology")).startsWith("Done");
		assertThat(pages.requirement("Commitments kept")).startsWith("Done").contains("4 of 5 kept (80%)");
		assertThat(pages.requirement("Boundaries agreed by both")).startsWith("Done").contains("3 of 3 boundaries");
		assertThat(pages.requirement("Time together that feels good")).startsWith("Done")
			.contains("Average 4.5 of 5 over 4 activities");
		assertThat(pages.requirement("Time in this stage")).startsWith("Done").contains("21 of 21 days");
		pages.screenshot("trust-complete");

		// The trial, its three checkpoints, and the end: back together.
		pages.advanceTo("Trial period", 5, "You have agreed to try again.");
		LocalDate trialBegan = pages.today();
		browser.follow("Checkpoints and the end of the trial");
		assertThat(browser.heading()).isEqualTo("Your trial period");
		browser.date("The day you agreed to start", trialBegan.minusDays(1))
			.type("How many weeks you agreed to try", "14")
			.type("What you agreed will be different", "Sunday evenings stay ours. We say it the same day when something hurts.")
			.press("Save what you agreed");
		assertThat(browser.text()).contains("The trial can't start before this step began, on "
				+ trialBegan.format(JourneyPages.DAY));
		browser.date("The day you agreed to start", trialBegan).press("Save what you agreed");
		assertThat(browser.text()).contains("What you agreed is saved.")
			.contains("14 weeks, until " + trialBegan.plusWeeks(14).minusDays(1).format(JourneyPages.DAY))
			.contains("Due on " + trialBegan.plusDays(30).format(JourneyPages.SHORT_DAY));
		int[] yes = { 3, 4, 4 };
		for (int i = 0; i < 3; i++) {
			int day = 30 * (i + 1);
			pages.daysPass(30);
			pages.stepPage();
			assertThat(pages.requirement("Day " + day + " review")).startsWith("Open").contains("Due since");
			browser.follow("Checkpoints and the end of the trial").follow("Day " + day + " review");
			assertThat(browser.heading()).isEqualTo("Day " + day + " review");
			assertThat(browser.text()).contains("Sunday evenings stay ours.");
			browser.answer("The changes we agreed", "Yes").answer("We solve problems", "Yes").answer("We share a closeness", "Yes");
			if (yes[i] == 4) {
				browser.answer("The past no longer", "Yes");
			}
			else {
				// A "not yet" asks what is missing and suggests one conversation; a "yes" asks nothing more.
				browser.answer("The past no longer", "Not yet");
				assertThat(browser.driver().findElement(org.openqa.selenium.By.id("changesMissing")).isDisplayed()).isFalse();
				assertThat(browser.driver().findElement(org.openqa.selenium.By.id("pastMissing")).isDisplayed()).isTrue();
				assertThat(browser.text()).contains("whether something from the past still needs to be talked through");
				browser.driver().findElement(org.openqa.selenium.By.id("pastMissing")).sendKeys("The move still comes up.");
			}
			browser.press("Save the review");
			assertThat(browser.text()).contains("Review saved.").contains("Reviewed · " + yes[i] + " of 4 yes");
		}
		pages.stepPage();
		assertThat(browser.text()).contains("3 of 3 done").contains("This stage ends with a choice rather than a checklist.");
		browser.follow("Checkpoints and the end of the trial").press("We are back together");
		assertThat(browser.heading()).isEqualTo("Back together");
		browser.type("A note for yourself (optional)", "Keep Sunday evenings for us.").press("Yes, we are back together");
		assertThat(browser.path()).isEqualTo("/journeys/" + journeyId);
		assertThat(browser.heading()).isEqualTo("Back together");
		LocalDate ended = pages.today();
		assertThat(browser.text()).contains("On " + ended.format(JourneyPages.DAY) + " you decided, together, to be a couple again.")
			.contains("Keep Sunday evenings for us.");
		assertThat(browser.all(".timeline li")).extracting((entry) -> entry.getText().replace('\n', ' '))
			.containsExactly(started.format(JourneyPages.SHORT_DAY) + " Reflection Began the journey",
					started.format(JourneyPages.SHORT_DAY) + " No contact Completed the step before",
					started.plusDays(28).format(JourneyPages.SHORT_DAY) + " Reaching out Completed the step before",
					trustBegan.format(JourneyPages.SHORT_DAY) + " Rebuilding trust Completed the step before",
					trialBegan.format(JourneyPages.SHORT_DAY) + " Trial period Completed the step before",
					ended.format(JourneyPages.SHORT_DAY) + " Trial period Back together");
		pages.screenshot("back-together");
		browser.open("/dashboard");
		assertThat(browser.text()).contains("Your last journey").contains("you and Robin decided to be together again.");

		// The printable summary of the whole journey, and the same as a PDF.
		browser.follow("Summary");
		browser.tick("The whole journey").press("Show summary");
		assertThat(browser.path()).startsWith("/summary?");
		assertThat(browser.heading()).isEqualTo("Progress summary");
		String summary = browser.text();
		long days = java.time.temporal.ChronoUnit.DAYS.between(started, ended) + 1;
		assertThat(summary).contains("Journey with Robin")
			.contains(started.format(JourneyPages.DAY) + " to " + ended.format(JourneyPages.DAY) + " (" + days + " days)")
			.contains("Times reached out\n1")
			.contains("Check-ins\n28")
			.contains(CAUSE)
			.contains("Messages marked sent\n2 of 2 written")
			.contains("Replies: Warm\n2")
			.contains("Conversations\n1, felt 5.0 of 5 on average")
			.contains("Commitments kept\n4 of 5 (80%)")
			.contains("Boundaries agreed by both\n3 of 3")
			.contains("Shared activities\n4, rated 4.5 of 5 on average")
			.contains("Trial period Back together")
			.contains("This journey has ended.")
			.contains("Day 30: reviewed on " + trialBegan.plusDays(30).format(JourneyPages.SHORT_DAY) + ", 3 of 4 yes")
			.contains("Day 90: reviewed on " + trialBegan.plusDays(90).format(JourneyPages.SHORT_DAY) + ", 4 of 4 yes");
		pages.screenshot("summary");

		HttpResponse<byte[]> pdf = browser.download("/summary.pdf?range=journey");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Progress summary")
				.contains("Journey with Robin")
				.contains(CAUSE)
				.contains("4 of 5 (80%)")
				.contains("3 of 3")
				.contains("4, rated 4.5 of 5 on average")
				.contains("2 of 2 written")
				.contains("Back together");
		}

		quickExitLeavesTheJournal(browser);
	}

	void safetyLock(Browser browser, String email) {
		this.clock.set(MutableClockConfiguration.START);
		JourneyPages pages = new JourneyPages(browser, this.clock);
		pages.signUp(email, "the tide comes back in").beginJourney("Ash", 45, 14, 30);
		long journeyId = pages.journeyId();
		pages.completeReflection(CAUSE);
		pages.advanceTo("No contact", 2, "Reflection is complete.");
		pages.addGoalWithAStep("Call an old friend each Sunday", "Called Maya; we talked for an hour.");

		// A week of check-ins; they write first on day 2, which waives the day count.
		for (int day = 1; day <= 7; day++) {
			pages.daysPass(1);
			if (day == 2) {
				pages.checkIn(3, 6, "They reached out to me", "They asked how I was.", "They reached out first.");
				pages.stepPage();
				assertThat(browser.text()).contains("They reached out first. If you answer, keep it warm and brief");
				assertThat(pages.requirement("Days without contact")).startsWith("Waived")
					.contains("They reached out first, so the day count is waived.");
				continue;
			}
			pages.checkIn(3, 4, "No contact", null, "Checked in.");
		}
		pages.stepPage();
		assertThat(browser.text()).contains("5 of 5 done");
		assertThat(pages.requirement("Days without contact")).contains("21 of 30 days");

		pages.advanceTo("Reaching out", 3, "You completed your no-contact period.");
		browser.follow("Your messages and conversations");
		pages.writeDraft("Hi Ash, thank you for your message last week. I hope the new job is going well.");
		pages.restSendAndLogReply("They asked for no contact", "They asked me not to write again.");

		// Their answer closes reaching out for good, and the journey moves on with support shown.
		assertThat(browser.path()).isEqualTo("/journeys/" + journeyId);
		assertThat(browser.heading()).isEqualTo("Moving on");
		assertThat(browser.text()).contains("Reaching out is closed for this journey, for good. This is not a judgement of you.")
			.contains("Why it closed")
			.contains("They have asked for no contact.")
			.contains("Their answer is theirs to give, and honouring it is a way of caring for both of you.")
			.contains("Support, if you want it")
			.contains("Find a Helpline")
			.contains("Closed for safety")
			.contains("begin a new journey");
		pages.screenshot("safety-lock");

		browser.open("/journeys/" + journeyId + "/outreach");
		assertThat(browser.text()).contains("This journey is not reaching out now, so what is here can be read but not changed.")
			.contains("Sent · They asked for no contact")
			.doesNotContain("Write a draft")
			.doesNotContain("Log a conversation");
		browser.follow(browser.all("a[href*='/outreach/drafts/']").get(0).getText());
		assertThat(browser.text()).doesNotContain("How did they answer?");
		assertThat(browser.all("form[action*='/reply']")).isEmpty();

		browser.open("/dashboard");
		assertThat(browser.text()).contains("Your last journey")
			.contains("reaching out closed for that journey, for your safety and out of respect for the other person's choices.")
			.contains("If you want to begin again");
		browser.follow("Read why, and where to find support");
		assertThat(browser.heading()).isEqualTo("Moving on");
		assertThat(browser.text()).contains("They have asked for no contact.");

		quickExitLeavesTheJournal(browser);
	}

	void notReadyThenNo(Browser browser, String email) {
		this.clock.set(MutableClockConfiguration.START);
		JourneyPages pages = new JourneyPages(browser, this.clock);
		pages.signUp(email, "wait with an open hand").beginJourney("Kai", 80, 40, 30);
		long journeyId = pages.journeyId();
		pages.completeReflection(CAUSE);
		pages.advanceTo("No contact", 2, "Reflection is complete.");
		pages.addGoalWithAStep("Learn to bake bread", "Baked a loaf; it was dense, and fine.");
		for (int day = 1; day <= 7; day++) {
			pages.daysPass(1);
			pages.checkIn(3, 3, "No contact", null, "Checked in.");
		}
		pages.stepPage();
		assertThat(browser.text()).contains("5 of 5 done");

		// The first message: "not ready yet" pauses reaching out, with guidance where the next would be written.
		pages.advanceTo("Reaching out", 3, "You completed your no-contact period.");
		browser.follow("Your messages and conversations");
		pages.writeDraft("Hi Kai, I hope the move went well. No need to answer.");
		pages.restSendAndLogReply("They are not ready yet", "They said they need more time.");
		LocalDate opensOn = pages.today().plusDays(30);
		String opens = opensOn.format(JourneyPages.WEEKDAY_DAY);
		assertThat(browser.heading()).isEqualTo("A message you sent");
		assertThat(browser.text()).contains("Reply saved.")
			.contains("A kind next step")
			.contains("They told you they are not ready.")
			.contains("Reaching out opens again on " + opens + ".");
		browser.follow("Back to reaching out");
		assertThat(browser.text()).contains("Sent · They are not ready yet")
			.contains("Waiting, without pressure")
			.contains("Reaching out rests until " + opens + ": no new message can be marked sent before then.")
			.doesNotContain("Write a draft");
		pages.screenshot("not-ready");
		pages.stepPage();
		assertThat(browser.text())
			.contains("They said they are not ready yet. Reaching out rests until " + opensOn.format(JourneyPages.DAY));

		// The pause runs its course; a second message, and a plain "no" closes reaching out for good.
		pages.daysPass(30);
		browser.open("/journeys/" + journeyId + "/outreach");
		assertThat(browser.text()).contains("Write a draft").doesNotContain("Waiting, without pressure");
		pages.writeDraft("Hi Kai, it has been a while. I would like to hear how you are, if you want to tell me.");
		pages.restSendAndLogReply("No, they don't want to try again", "Kind, and clear.");
		assertThat(browser.path()).isEqualTo("/journeys/" + journeyId);
		assertThat(browser.heading()).isEqualTo("Moving on");
		assertThat(browser.text()).contains("Reaching out is closed for this journey, for good. This is not a judgement of you.")
			.contains("Why it closed")
			.contains("They have said they don't want to try again.")
			.contains("Their answer is theirs to give, and honouring it is a way of caring for both of you.")
			.contains("Support, if you want it")
			.contains("Find a Helpline")
			.contains("Closed for safety");
		pages.screenshot("said-no");

		browser.open("/journeys/" + journeyId + "/outreach");
		assertThat(browser.text()).contains("Sent · No, they don't want to try again").doesNotContain("Write a draft");
		browser.open("/dashboard");
		assertThat(browser.text()).contains("Your last journey");

		quickExitLeavesTheJournal(browser);
	}

	private static void activity(Browser browser, JourneyPages pages, String what, String kind, String rating,
			String triggerCameUp) {
		pages.stepPage().follow("Shared activities");
		browser.date("When", pages.today())
			.type("What you did together", what)
			.tick(kind)
			.tick(rating)
			.answer("Did an old trigger come up?", triggerCameUp)
			.press("Save");
		assertThat(browser.text()).contains("Saved. Thank you for noting how it went.").contains(what);
	}

	/**
	 * The quick exit signs out and leaves for the everyday site at once. With JavaScript it replaces
	 * the page in the history; without, it is a plain link and Back returns to it. Either way the
	 * session is gone, so Back shows the log-in page, not the journal.
	 */
	private void quickExitLeavesTheJournal(Browser browser) {
		browser.open("/dashboard").follow("History");
		assertThat(browser.path()).isEqualTo("/history");
		browser.quickExit();
		assertThat(browser.path()).isEqualTo(this.quickExitUrl);
		browser.back();
		assertThat(browser.path()).isEqualTo("/login");
		assertThat(browser.heading()).isEqualTo("Log in");
	}

}
