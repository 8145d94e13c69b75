package app.rekindle.reflection.web;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import app.rekindle.testsupport.Browser;
import app.rekindle.testsupport.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class ReflectionBrowserTests {

	@Test
	void completesReflectionAndAdvancesToNoContact(Browser browser) {
		LocalDate today = LocalDate.now(ZoneId.of(Browser.TIME_ZONE));
		browser.open("/signup")
			.type("Email", "heron.reflects@example.org")
			.type("Password", "the tide comes back in")
			.type("Password again", "the tide comes back in")
			.select("Your time zone", "Sao Paulo")
			.press("Create my journal")
			.follow("Continue to your journal")
			.press("Begin a journey")
			.type("Their first name or initials", "Noor")
			.date("When did it end?", today.minusDays(40))
			.date("When were you last in touch?", today.minusDays(20))
			.press("Begin");
		assertThat(browser.text()).contains("Name at least one cause of the breakup");

		// Today's one next step leads to the first open part; the step's page lists them all.
		browser.press("Write down why it ended");
		assertThat(browser.heading()).isEqualTo("Why it ended");
		browser.select("Cause", "Communication").type("What happened", "We stopped telling each other how we felt.").press("Save");
		assertThat(browser.text()).contains("We stopped telling each other how we felt.");
		browser.screenshot("reflection-causes-desktop");
		browser.open("/dashboard").follow("1 of 5 done · see what is left");
		assertThat(browser.text()).contains("Work on your reflection");
		String step = browser.path();

		browser.open(step).follow("Your own part");
		browser.type("What I did", "I went quiet for days when I was hurt.")
			.type("What I will do differently", "Say that I am upset on the same day.")
			.press("Save");
		browser.type("What I did", "I let work swallow our evenings.")
			.type("What I will do differently", "Keep two evenings a week free, and mean it.")
			.press("Save");
		assertThat(browser.all("article.entry")).hasSize(2);

		browser.open(step).follow("What sets you off");
		browser.type("The trigger", "Sunday evenings, when we used to cook together.").press("Save");

		browser.open(step).follow("Growth since the breakup");
		browser.type("What has grown", "I have started sleeping properly again.").press("Save");

		browser.open(step).follow("Why you want to reconnect");
		browser.tick("I feel lonely without them").press("Save my answers");
		assertThat(browser.text()).contains("A gentle note");
		browser.resize(Browser.PHONE).screenshot("reflection-motives-lonely-phone");
		browser.resize(Browser.DESKTOP);
		browser.tick("We have both changed in ways that matter").press("Save my answers");
		assertThat(browser.text()).doesNotContain("A gentle note");

		browser.open(step).follow("Safety questions");
		for (String question : new String[] { "Has there ever been physical violence", "Have they ever threatened",
				"Did they control your money", "Have you ever felt afraid", "Is there a protective order",
				"Have they asked you not to contact", "Have they blocked you", "Are they in a new relationship" }) {
			browser.answer(question, "No");
		}
		browser.resize(Browser.PHONE).screenshot("reflection-safety-phone");
		browser.resize(Browser.DESKTOP);
		browser.press("Save my answers");
		assertThat(browser.text()).contains("Thank you for answering.");

		browser.open(step);
		assertThat(browser.text()).contains("5 of 5 done").contains("Everything above is done.");
		browser.press("Continue to No contact");
		assertThat(browser.text()).contains("Reflection is complete. Your no-contact count goes on from the day you were last in touch")
			.contains("Step 2 of 5 · No contact · Journey with Noor");
		browser.open(step);
		assertThat(browser.text()).contains("Read your reflection");
		browser.resize(Browser.PHONE).screenshot("dashboard-no-contact-phone");
	}

}
