package app.rekindle.journey.web;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import app.rekindle.testsupport.Browser;
import app.rekindle.testsupport.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives the journal page by page as one person would, with a clock the test moves on: each step
 * fills in the real forms and checks what the page then says. Shared by the whole-journey tests
 * with and without JavaScript, so both walk exactly the same path.
 */
final class JourneyPages {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	static final DateTimeFormatter WEEKDAY_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter WEEKDAY_TIME = DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm",
			Locale.ENGLISH);

	private static final Pattern JOURNEY_LINK = Pattern.compile("/journeys/(\\d+)/");

	private static final String[] SAFETY_QUESTIONS = { "Has there ever been physical violence",
			"Have they ever threatened", "Did they control your money", "Have you ever felt afraid",
			"Is there a protective order", "Have they asked you not to contact", "Have they blocked you",
			"Are they in a new relationship" };

	private final Browser browser;

	private final MutableClock clock;

	private final ZoneId zone = ZoneId.of(Browser.TIME_ZONE);

	private final String shotSuffix;

	JourneyPages(Browser browser, MutableClock clock) {
		this.browser = browser;
		this.clock = clock;
		this.shotSuffix = browser.javaScriptEnabled() ? "" : "-nojs";
	}

	Browser browser() {
		return this.browser;
	}

	LocalDate today() {
		return now().toLocalDate();
	}

	ZonedDateTime now() {
		return this.clock.instant().atZone(this.zone);
	}

	void daysPass(int days) {
		this.clock.advance(Duration.ofDays(days));
	}

	void hoursPass(int hours) {
		this.clock.advance(Duration.ofHours(hours));
	}

	void screenshot(String name) {
		this.browser.screenshot("journey-" + name + this.shotSuffix);
	}

	/**
	 * Signs up in the person's own zone. With JavaScript the form has already picked the browser's
	 * zone; without it, no zone is chosen until the person picks one, which is also how this proves
	 * scripts are off.
	 */
	JourneyPages signUp(String email, String password) {
		this.browser.open("/signup");
		assertThat(this.browser.heading()).isEqualTo("Start your journal");
		assertThat(this.browser.selectedValue("Your time zone")).as("the zone preselected by time-zone.js, if it ran")
			.isEqualTo(this.browser.javaScriptEnabled() ? Browser.TIME_ZONE : "");
		this.browser.type("Email", email)
			.type("Password", password)
			.type("Password again", password)
			.select("Your time zone", "Sao Paulo")
			.press("Create my journal");
		assertThat(this.browser.path()).isEqualTo("/account/recovery-codes");
		assertThat(this.browser.text()).contains("Welcome. Your journal is ready, and it is yours alone.");
		this.browser.follow("Continue to your journal");
		assertThat(this.browser.text()).contains("Begin your journey");
		return this;
	}

	JourneyPages beginJourney(String nickname, int daysSinceBreakup, int daysSinceLastContact, int noContactDays) {
		this.browser.press("Begin a journey");
		assertThat(this.browser.heading()).isEqualTo("Begin a journey");
		this.browser.type("Their first name or initials", nickname)
			.date("When did it end?", today().minusDays(daysSinceBreakup))
			.date("When were you last in touch?", today().minusDays(daysSinceLastContact))
			.type("How many days of no contact?", String.valueOf(noContactDays))
			.press("Begin");
		assertThat(this.browser.path()).isEqualTo("/dashboard");
		assertThat(this.browser.text()).contains("Your journey has begun.")
			.contains("Step 1 of 5 · Reflection · Journey with " + nickname)
			.contains("0 of 5 done");
		stepPage();
		assertThat(this.browser.text()).contains("Step 1 of 5 · Journey with " + nickname).contains("Began the journey");
		assertThat(timerDays()).isEqualTo(String.valueOf(daysSinceLastContact));
		assertThat(this.browser.text()).contains("of " + noContactDays + " days");
		return this;
	}

	/** The id in the dashboard's links to the active journey. */
	long journeyId() {
		this.browser.open("/dashboard");
		WebElement link = this.browser.driver().findElement(By.cssSelector("a[href*='/journeys/']"));
		Matcher matcher = JOURNEY_LINK.matcher(link.getDomAttribute("href"));
		assertThat(matcher.find()).as("a link to the journey on the dashboard").isTrue();
		return Long.parseLong(matcher.group(1));
	}

	/**
	 * The step's own page, where Today's progress line leads: the stage, the timer, the checklist,
	 * Continue and the step's links.
	 */
	Browser stepPage() {
		this.browser.open("/dashboard");
		String page = this.browser.driver().findElement(By.cssSelector(".progress-line a")).getDomAttribute("href");
		return this.browser.open(page);
	}

	/** Every part of reflection, through its own page, until the checklist is complete. */
	JourneyPages completeReflection(String cause) {
		stepPage().follow("Why it ended");
		assertThat(this.browser.heading()).isEqualTo("Why it ended");
		this.browser.select("Cause", "Communication").type("What happened", cause).press("Save");
		assertThat(this.browser.text()).contains(cause);

		stepPage();
		assertThat(requirement("Why it ended")).startsWith("Done");
		assertThat(this.browser.text()).contains("1 of 5 done");
		this.browser.follow("Your own part");
		this.browser.type("What I did", "I went quiet for days when I was hurt.")
			.type("What I will do differently", "Say that I am upset on the same day.")
			.press("Save");
		this.browser.type("What I did", "I let work swallow our evenings.")
			.type("What I will do differently", "Keep two evenings a week free, and mean it.")
			.press("Save");
		assertThat(this.browser.all("article.entry")).hasSize(2);

		stepPage().follow("What sets you off");
		this.browser.type("The trigger", "Sunday evenings, when we used to cook together.").press("Save");

		stepPage().follow("Growth since the breakup");
		this.browser.type("What has grown", "I have started sleeping properly again.").press("Save");

		stepPage().follow("Why you want to reconnect");
		this.browser.tick("We have both changed in ways that matter").press("Save my answers");
		assertThat(this.browser.text()).doesNotContain("A gentle note");

		stepPage().follow("Safety questions");
		for (String question : SAFETY_QUESTIONS) {
			this.browser.answer(question, "No");
		}
		this.browser.press("Save my answers");
		assertThat(this.browser.text()).contains("Thank you for answering.");

		stepPage();
		assertThat(this.browser.text()).contains("5 of 5 done").contains("Everything above is done.");
		return this;
	}

	/**
	 * Presses Today's Continue button, there once the gate is open, and ends on the new step's own
	 * page.
	 */
	JourneyPages advanceTo(String stage, int step, String welcome) {
		this.browser.open("/dashboard");
		assertThat(this.browser.text()).contains("Everything this step asks is done.");
		this.browser.press("Continue to " + stage);
		assertThat(this.browser.path()).isEqualTo("/dashboard");
		assertThat(this.browser.text()).contains(welcome).contains("Step " + step + " of 5 · " + stage);
		stepPage();
		assertThat(this.browser.heading()).isEqualTo(stage);
		return this;
	}

	/**
	 * Before the gate opens, Continue is nothing to press: the step's page shows it unavailable,
	 * with what is still to do beside it.
	 */
	JourneyPages continueNotOpenYet(String stage, String stillToDo) {
		stepPage();
		assertThat(this.browser.all("button")).noneSatisfy((button) -> assertThat(button.getText()).isEqualTo("Continue to " + stage));
		assertThat(this.browser.driver().findElement(By.id("next")).getText()).contains("Continue to " + stage)
			.contains(stillToDo);
		return this;
	}

	JourneyPages addGoalWithAStep(String goal, String step) {
		stepPage().follow("Growth goals");
		assertThat(this.browser.heading()).isEqualTo("Growth goals");
		this.browser.type("The goal", goal).press("Add goal");
		assertThat(this.browser.heading()).isEqualTo(goal);
		this.browser.date("When", today()).type("What I did", step).press("Log step");
		assertThat(this.browser.text()).contains("Step logged. Well done.").contains(step);
		return this;
	}

	/**
	 * Today's check-in through the form (the Check in link of the menu, as a bookmark would open
	 * it), and back on the dashboard with the answers shown. A hard check-in (an urge of 7 or more,
	 * or reaching out) first lands on its answer, which offers the pause before Today.
	 */
	JourneyPages checkIn(int mood, int urge, String contact, String note, String saved) {
		this.browser.open("/checkin");
		assertThat(this.browser.heading()).isEqualTo("Today’s check-in");
		this.browser.tick(mood + " " + moodWord(mood)).tick(String.valueOf(urge)).tick(contact);
		if (note != null) {
			this.browser.type("A short note (optional)", note);
		}
		this.browser.press("Save check-in");
		if (urge >= 7 || contact.equals("I reached out to them")) {
			assertThat(this.browser.path()).endsWith("/saved");
			assertThat(this.browser.text()).contains(saved);
			assertThat(this.browser.all("main a.button")).extracting(WebElement::getText)
				.containsExactly("Take a pause", "Back to today");
			this.browser.press("Back to today");
		}
		else {
			assertThat(this.browser.text()).contains(saved);
		}
		assertThat(this.browser.path()).isEqualTo("/dashboard");
		assertThat(this.browser.text()).contains("Mood: " + mood + " · " + moodWord(mood))
			.contains("Urge to contact: " + urge + " of 10");
		return this;
	}

	/** The character counter is counter.js at work; without it the page states the maximum instead. */
	JourneyPages checkInNoteShowsItsLimit() {
		this.browser.open("/checkin");
		assertThat(this.browser.driver().findElement(By.id("note-count")).getText())
			.isEqualTo(this.browser.javaScriptEnabled() ? "0 of 2,000 characters" : "Up to 2,000 characters.");
		return this;
	}

	/**
	 * The "I want to text them" page: the breathing circle moves by CSS alone, the reasons written in
	 * reflection are there, and the letter is kept, unsent.
	 */
	JourneyPages urgeWithAnUnsentLetter(String reason, String letter) {
		this.browser.open("/dashboard").follow("I want to text them");
		assertThat(this.browser.heading()).isEqualTo("Before you text them");
		assertThat(this.browser.text()).contains("Breathe with the circle").contains(reason);
		breathingCircleMoves();
		screenshot("urge");
		this.browser.tick("7").type("Your unsent letter (optional)", letter).press("Keep it here, and let the moment pass");
		assertThat(this.browser.path()).isEqualTo("/dashboard");
		assertThat(this.browser.text()).contains("Your letter is kept here, unsent, and the urge is noted.");
		stepPage().follow("Unsent letters");
		assertThat(this.browser.text()).contains(letter);
		return this;
	}

	/** The circle's scale, as the style engine computes it now, changes while CSS animates it. */
	private void breathingCircleMoves() {
		WebElement circle = this.browser.driver().findElement(By.cssSelector(".breathe__circle"));
		assertThat(circle.isDisplayed()).isTrue();
		assertThat(circle.getCssValue("animation-name")).isEqualTo("breathe");
		String first = circle.getCssValue("transform");
		String other = first;
		for (int i = 0; i < 20 && other.equals(first); i++) {
			sleep(150);
			other = circle.getCssValue("transform");
		}
		assertThat(first).startsWith("matrix(");
		assertThat(other).as("the circle grows or shrinks as it breathes").isNotEqualTo(first);
	}

	/** The text of a checklist item, starting with its status word (Done, Open, Waived). */
	String requirement(String labelStart) {
		WebElement item = this.browser.driver()
			.findElement(By.xpath("//li[contains(@class, 'checklist__item')][.//strong[starts-with(normalize-space(), '"
					+ labelStart + "')]]"));
		// The status is shown in capitals by the style sheet; read it as written.
		String status = item.findElement(By.className("checklist__status")).getDomProperty("textContent").strip();
		String shown = item.getText();
		return status + shown.substring(shown.indexOf('\n'));
	}

	String timerDays() {
		return this.browser.driver().findElement(By.cssSelector(".timer__number")).getText();
	}

	String timerFigure(String term) {
		return this.browser.driver()
			.findElement(By.xpath("//section[contains(@class, 'timer')]//dt[normalize-space()='" + term
					+ "']/following-sibling::dd"))
			.getText();
	}

	/** Writes a draft and checks the pressure check and the day of rest it starts. */
	JourneyPages writeDraft(String message, String... findings) {
		this.browser.tick("A short text").type("The message", message).press("Save draft");
		assertThat(this.browser.heading()).isEqualTo("Your draft");
		assertThat(this.browser.text()).contains("Draft saved. It rests for a day before it can be marked sent.")
			.contains("A second look")
			.contains("Resting until " + now().plusHours(24).format(WEEKDAY_TIME));
		if (findings.length == 0) {
			assertThat(this.browser.text()).contains("Nothing here reads as pressure.");
		}
		else {
			assertThat(this.browser.text()).contains(findings).doesNotContain("Nothing here reads as pressure.");
		}
		return this;
	}

	/** After more than the day of rest, marks the draft sent and logs the reply. */
	JourneyPages restSendAndLogReply(String reply, String note) {
		String draft = this.browser.path();
		hoursPass(25);
		this.browser.open(draft);
		assertThat(this.browser.text()).doesNotContain("Resting until");
		this.browser.press("I sent it");
		assertThat(this.browser.heading()).isEqualTo("A message you sent");
		assertThat(this.browser.text()).contains("Marked as sent.")
			.contains("Marked sent on " + now().format(WEEKDAY_TIME))
			.contains("How did they answer?");
		this.browser.tick(reply).type("A note (optional)", note).press("Save reply");
		return this;
	}

	static String moodWord(int mood) {
		return switch (mood) {
			case 1 -> "Very low";
			case 2 -> "Low";
			case 3 -> "Okay";
			case 4 -> "Good";
			case 5 -> "Very good";
			default -> throw new IllegalArgumentException("mood " + mood);
		};
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
