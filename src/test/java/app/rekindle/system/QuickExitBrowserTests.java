package app.rekindle.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.interactions.Actions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import app.rekindle.account.AccountClock;
import app.rekindle.checkin.CheckInAnswers;
import app.rekindle.checkin.CheckInService;
import app.rekindle.checkin.ContactKind;
import app.rekindle.testsupport.AxeScan;
import app.rekindle.testsupport.Browser;
import app.rekindle.testsupport.BrowserTest;
import app.rekindle.testsupport.WithoutJavaScript;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Quick exit in real Chromium: after it, walking Back through every page of the visit shows the
 * log-in page or a public page, never what the person wrote, with JavaScript and without it; Escape
 * pressed twice in quick succession does the same; it works signed out; and the button stays in
 * reach while a page scrolls, on a phone and a desktop, light and dark. Chromium keeps even
 * {@code no-store} pages in its back/forward cache: a page restored from there would show at its own
 * address without asking the server, so landing on {@code /login} proves it was not. (The neutral
 * site cannot be reached from the test browser, so arriving there shows Chromium's own error page at
 * its address.)
 */
@BrowserTest
class QuickExitBrowserTests {

	private static final String PASSWORD = "a lamp left on in the hall";

	private static final String NOTE = "Walked to the lighthouse and cried a little, then felt lighter.";

	private static final String SEARCH = "/history/search?q=lighthouse";

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@Value("${rekindle.site.quick-exit-url}")
	private String quickExitUrl;

	@Autowired
	private CheckInService checkIns;

	@Autowired
	private AccountClock accountClock;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void leavesNothingBehindTheBackButtonWithJavaScript(Browser browser) {
		signUpWithANote(browser);
		browser.open(SEARCH);
		assertThat(browser.text()).contains(NOTE);
		browser.follow("Back to history");
		assertThat(browser.all("a.quick-exit").get(0).getDomAttribute("title")).contains("Esc twice");

		long started = System.nanoTime();
		browser.quickExit();
		browser.waitUpTo(Duration.ofSeconds(10)).until((d) -> this.quickExitUrl.equals(d.getCurrentUrl()));
		System.out.println("Quick exit: at the neutral site " + (System.nanoTime() - started) / 1_000_000 + " ms after the click");

		// The page left was replaced in the history: Back goes to the search, the dashboard, the recovery codes.
		assertBackShowsNoJournal(browser, 3);
	}

	@Test
	@WithoutJavaScript
	void leavesNothingBehindTheBackButtonWithoutJavaScript(Browser browser) {
		signUpWithANote(browser);
		browser.open(SEARCH);
		assertThat(browser.text()).contains(NOTE);
		browser.follow("Back to history");
		assertThat(browser.all("a.quick-exit").get(0).getDomAttribute("title")).doesNotContain("Esc");

		browser.quickExit();
		assertThat(browser.path()).isEqualTo(this.quickExitUrl);

		// A plain link: the page left stays in the history, and Back goes to it, the search, the dashboard, the codes.
		assertBackShowsNoJournal(browser, 4);
	}

	@Test
	void leavesWhenEscapeIsPressedTwiceWithinASecond(Browser browser) throws InterruptedException {
		signUpWithANote(browser);
		browser.open(SEARCH);
		assertThat(browser.text()).contains(NOTE);

		escape(browser);
		Thread.sleep(1300);
		escape(browser);
		Thread.sleep(300);
		assertThat(browser.path()).as("after two presses more than a second apart").isEqualTo(SEARCH);
		assertThat(browser.text()).contains(NOTE);

		escape(browser);
		browser.waitUpTo(Duration.ofSeconds(10)).until((d) -> this.quickExitUrl.equals(d.getCurrentUrl()));

		assertBackShowsNoJournal(browser, 2);
	}

	@Test
	void leavesFromThePagesOfSomeoneNotSignedIn(Browser browser) {
		for (String page : List.of("/", "/login", "/signup")) {
			browser.open(page).quickExit();
			assertThat(browser.path()).as("after the Quick exit on %s", page).isEqualTo(this.quickExitUrl);
		}
	}

	/**
	 * Scrolled to the bottom of a long page, the button is still inside the window and nothing covers
	 * it; the bar holding it takes a small part of a phone's screen, and the page's first heading
	 * starts below it.
	 */
	@Test
	void staysInReachWhileThePageScrolls(Browser browser) {
		signUpWithANote(browser);
		for (String page : List.of("/dashboard", "/")) {
			for (Dimension size : List.of(Browser.PHONE, Browser.DESKTOP)) {
				for (String scheme : List.of("light", "dark")) {
					browser.resize(size).open(page);
					AxeScan.colorScheme(browser, scheme);
					Map<String, Object> top = exitPosition(browser);
					assertThat(number(top, "headingTop")).as("the heading of %s starts below the header bar", page)
						.isGreaterThanOrEqualTo(number(top, "barBottom"));
					assertThat(number(top, "barBottom")).as("the header bar's height at %s", size).isLessThanOrEqualTo(80);
					viewportScreenshot(browser, "quick-exit-top" + page.replace('/', '-') + "-" + size.getWidth() + "-" + scheme);

					js(browser, "window.scrollTo(0, document.documentElement.scrollHeight)");
					Map<String, Object> scrolled = exitPosition(browser);
					String where = page + " at " + size.getWidth() + "x" + size.getHeight() + " " + scheme;
					assertThat(number(scrolled, "scrollY")).as("%s scrolled", where).isPositive();
					assertThat(number(scrolled, "top")).as("top of the button, %s", where).isGreaterThanOrEqualTo(0);
					assertThat(number(scrolled, "bottom")).as("bottom of the button, %s", where)
						.isLessThanOrEqualTo(number(scrolled, "viewportHeight"));
					assertThat(scrolled.get("onTop")).as("nothing covers the button, %s", where).isEqualTo(true);
					viewportScreenshot(browser, "quick-exit-scrolled" + page.replace('/', '-') + "-" + size.getWidth() + "-" + scheme);
				}
			}
		}
		AxeScan.colorScheme(browser, "light");
	}

	private void signUpWithANote(Browser browser) {
		String email = "harbour." + System.nanoTime() + "@example.org";
		browser.signUp(email, PASSWORD);
		assertThat(browser.path()).isEqualTo("/dashboard");
		long accountId = this.jdbc.queryForObject("select id from account where email = ?", Long.class, email);
		this.checkIns.record(accountId,
				new CheckInAnswers(this.accountClock.today(accountId), 3, 4, ContactKind.NONE, Set.of(), null, NOTE));
	}

	/**
	 * Goes Back through the pages of the visit, each of which held journal text, and then once more to
	 * the sign-up page it began on: each shows the log-in page (the session is gone), never the note.
	 */
	private void assertBackShowsNoJournal(Browser browser, int privatePages) {
		for (int i = 1; i <= privatePages; i++) {
			browser.back();
			waitForPage(browser);
			assertThat(browser.path()).as("after Back %d time(s)", i).isEqualTo("/login");
			assertThat(browser.heading()).isEqualTo("Log in");
			assertThat(browser.text()).doesNotContain(NOTE).doesNotContain("lighthouse");
		}
		browser.back();
		waitForPage(browser);
		assertThat(browser.path()).isEqualTo("/signup");
		assertThat(browser.text()).doesNotContain("lighthouse");
	}

	private static void waitForPage(Browser browser) {
		browser.waitUpTo(Duration.ofSeconds(10))
			.until((d) -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
	}

	private static void escape(Browser browser) {
		new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> exitPosition(Browser browser) {
		return (Map<String, Object>) js(browser, """
				var exit = document.querySelector('a.quick-exit');
				var r = exit.getBoundingClientRect();
				var hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
				var h1 = document.querySelector('main h1');
				return { top: r.top, bottom: r.bottom, viewportHeight: window.innerHeight, scrollY: window.scrollY,
				  onTop: !!hit && (hit === exit || exit.contains(hit)),
				  barBottom: document.querySelector('.site-header').getBoundingClientRect().bottom,
				  headingTop: h1 ? h1.getBoundingClientRect().top : 1e9 };
				""");
	}

	private static double number(Map<String, Object> values, String key) {
		return ((Number) values.get(key)).doubleValue();
	}

	private static Object js(Browser browser, String script) {
		return ((JavascriptExecutor) browser.driver()).executeScript(script);
	}

	/** What the window shows, not the whole page: {@link Browser#screenshot} stretches the window. */
	private static void viewportScreenshot(Browser browser, String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path shot = ((org.openqa.selenium.TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.FILE).toPath();
			Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
