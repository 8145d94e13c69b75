package app.rekindle.reflection.web;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import app.rekindle.testsupport.Browser;
import app.rekindle.testsupport.BrowserTest;
import app.rekindle.testsupport.WithoutJavaScript;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing is lost by a slip of the finger, with plain links and forms: removing an entry asks first
 * and "Keep it" keeps it; a "yes" on the safety questions is shown back with what it does, and
 * going back keeps the answers.
 */
@BrowserTest
@WithoutJavaScript
class ConfirmationBrowserTests {

	private static final String KEPT = "We stopped telling each other how we felt.";

	private static final String REMOVED = "We argued about <money> & moving.";

	private static final String[] QUESTIONS = { "Has there ever been physical violence", "Have they ever threatened",
			"Did they control your money", "Have you ever felt afraid", "Is there a protective order",
			"Have they asked you not to contact", "Have they blocked you", "Are they in a new relationship" };

	@Test
	void removesAnEntryOnlyThroughItsConfirmation(Browser browser) {
		begin(browser, "wren.removes@example.org");
		browser.follow("Why it ended");
		browser.select("Cause", "Communication").type("What happened", KEPT).press("Save");
		browser.select("Cause", "Different life goals").type("What happened", REMOVED).press("Save");
		assertThat(browser.all("article.entry")).hasSize(2);

		openRemovalOf(browser, REMOVED);
		assertThat(browser.heading()).isEqualTo("Remove this cause?");
		assertThat(browser.text()).contains("Different life goals").contains(REMOVED)
			.contains("Once it is removed, it cannot be brought back.");
		browser.resize(Browser.PHONE).screenshot("remove-confirm-phone");
		browser.resize(Browser.DESKTOP).screenshot("remove-confirm-desktop");

		browser.press("Keep it");
		assertThat(browser.path()).matches("/journeys/\\d+/reflection/causes#entry-\\d+");
		assertThat(browser.all("article.entry")).hasSize(2);
		assertThat(browser.text()).doesNotContain("has been removed");

		openRemovalOf(browser, REMOVED);
		browser.press("Remove it");
		assertThat(browser.path()).endsWith("/reflection/causes");
		assertThat(browser.text()).contains("The cause has been removed.").contains(KEPT).doesNotContain(REMOVED);
		assertThat(browser.all("article.entry")).hasSize(1);
	}

	@Test
	void aYesOnTheSafetyQuestionsIsConfirmedFirstAndGoingBackKeepsTheAnswers(Browser browser) {
		begin(browser, "linnet.confirms@example.org");
		browser.follow("Safety questions");
		assertThat(browser.text())
			.contains("A yes to any of these questions closes reaching out for this journey, for good.");
		answerAllNoBut(browser, "Have they blocked you");
		browser.press("Save my answers");

		assertThat(browser.heading()).isEqualTo("Before your answers are saved");
		assertThat(browser.text()).contains("Nothing is saved yet.")
			.contains("They have blocked you.")
			.contains("reaching out closes for this journey, for good")
			.contains("it is not a judgement of you");
		browser.resize(Browser.PHONE).screenshot("safety-confirm-phone");
		browser.resize(Browser.DESKTOP).screenshot("safety-confirm-desktop");

		browser.press("Go back and change");
		assertThat(browser.heading()).isEqualTo("Safety questions");
		assertThat(checked(browser, "Have they blocked you", "Yes")).isTrue();
		assertThat(checked(browser, "Have they ever threatened", "No")).isTrue();
		browser.answer("Have they blocked you", "No").press("Save my answers");
		assertThat(browser.text()).contains("Thank you for answering.");
		browser.open("/dashboard").follow("1 of 5 done · see what is left");
		assertThat(browser.text()).contains("You have answered the safety questions.");

		browser.follow("Safety questions");
		answerAllNoBut(browser, "Have you ever felt afraid");
		browser.press("Save my answers").press("Yes, save my answers");
		assertThat(browser.heading()).isEqualTo("Moving on");
		assertThat(browser.text()).contains("Reaching out is closed for this journey, for good.")
			.contains("You have felt afraid of them.");
	}

	private static void begin(Browser browser, String email) {
		LocalDate today = LocalDate.now(ZoneId.of(Browser.TIME_ZONE));
		browser.signUp(email, "the tide comes back in").beginJourney("Noor", today, 40, 20);
		browser.follow("0 of 5 done · see what is left");
		assertThat(browser.text()).contains("Work on your reflection");
	}

	private static void answerAllNoBut(Browser browser, String yes) {
		for (String question : QUESTIONS) {
			browser.answer(question, question.equals(yes) ? "Yes" : "No");
		}
	}

	/** Follows the Remove link of the entry showing the text, and waits for the next page. */
	private static void openRemovalOf(Browser browser, String entryText) {
		WebElement link = browser.driver()
			.findElement(By.xpath("//article[.//p[normalize-space()='" + entryText + "']]//a[normalize-space()='Remove']"));
		link.click();
		browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(link));
	}

	private static boolean checked(Browser browser, String questionStart, String yesOrNo) {
		return browser.driver()
			.findElement(By.xpath("//fieldset[legend[starts-with(normalize-space(), '" + questionStart
					+ "')]]//label[normalize-space()='" + yesOrNo + "']/input"))
			.isSelected();
	}

}
