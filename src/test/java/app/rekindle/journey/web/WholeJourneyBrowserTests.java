package app.rekindle.journey.web;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import app.rekindle.testsupport.Browser;
import app.rekindle.testsupport.BrowserTest;
import app.rekindle.testsupport.MutableClock;

/**
 * Whole journeys in real Chromium with JavaScript (see {@link WholeJourneys}; the same journeys
 * without JavaScript are {@link WholeJourneyWithoutJavaScriptBrowserTests}).
 */
@BrowserTest
class WholeJourneyBrowserTests {

	@Autowired
	private MutableClock clock;

	@Value("${rekindle.site.quick-exit-url}")
	private String quickExitUrl;

	@Test
	void walksFromSignUpToBackTogetherWithTheSummaryAndItsPdf(Browser browser) throws IOException {
		journeys().reunion(browser, "robin.walk@example.org");
	}

	@Test
	void endsInASafetyLockAndMovingOnWhenTheyAskForNoContact(Browser browser) {
		journeys().safetyLock(browser, "ash.walk@example.org");
	}

	@Test
	void pausesWhenTheyAreNotReadyAndClosesWhenTheySayNo(Browser browser) {
		journeys().notReadyThenNo(browser, "kai.walk@example.org");
	}

	private WholeJourneys journeys() {
		return new WholeJourneys(this.clock, this.quickExitUrl);
	}

}
