package app.rekindle.journey.web;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import app.rekindle.testsupport.Browser;
import app.rekindle.testsupport.BrowserTest;
import app.rekindle.testsupport.MutableClock;
import app.rekindle.testsupport.WithoutJavaScript;

/**
 * The whole journeys of {@link WholeJourneys} in real Chromium with JavaScript turned off: every
 * step works with plain links and forms.
 */
@BrowserTest
@WithoutJavaScript
class WholeJourneyWithoutJavaScriptBrowserTests {

	@Autowired
	private MutableClock clock;

	@Value("${rekindle.site.quick-exit-url}")
	private String quickExitUrl;

	@Test
	void walksFromSignUpToBackTogetherWithoutJavaScript(Browser browser) throws IOException {
		journeys().reunion(browser, "robin.plain@example.org");
	}

	@Test
	void endsInASafetyLockAndMovingOnWithoutJavaScript(Browser browser) {
		journeys().safetyLock(browser, "ash.plain@example.org");
	}

	@Test
	void pausesWhenTheyAreNotReadyAndClosesWhenTheySayNoWithoutJavaScript(Browser browser) {
		journeys().notReadyThenNo(browser, "kai.plain@example.org");
	}

	private WholeJourneys journeys() {
		return new WholeJourneys(this.clock, this.quickExitUrl);
	}

}
