package app.rekindle.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The headless Chromiums of one test JVM: one with JavaScript and one without, each started when a
 * test first needs it and quit when the JVM exits. Starting Chromium and its driver
 * costs about a second, once per browser test when each had its own.
 * <p>
 * Between two tests a browser is {@linkplain #giveBack given back} and put to the state of a fresh
 * profile, as far as a page or a test can tell: a new tab with no history (so Back leads nowhere
 * and nothing waits in the back/forward cache), no cookies, no storage and no cache for any site it
 * opened, the desktop window size, no emulated media and the default timeouts. A browser whose test
 * failed, or that cannot be put back, is quit instead, so the next test starts a new one.
 */
final class ChromiumPool {

	/**
	 * One pool for the whole test JVM: Surefire runs each test class on its own, so JUnit's root
	 * store would quit the browsers after every class.
	 */
	static final ChromiumPool INSTANCE = new ChromiumPool();

	private static final Duration PAGE_LOAD = Duration.ofSeconds(30);

	private static final Duration SCRIPT = Duration.ofSeconds(30);

	/** The browser waiting for the next test, by whether it runs the pages' JavaScript. */
	private final Map<Boolean, ChromeDriver> idle = new HashMap<>();

	/** Every site a test opened, so their storage is cleared between tests. */
	private final Set<String> origins = new LinkedHashSet<>();

	private ChromiumPool() {
		Runtime.getRuntime().addShutdownHook(new Thread(this::close, "quit-chromium"));
	}

	/** A browser for a test at {@code baseUrl}: the idle one of its kind, or a new one. */
	synchronized Browser take(String baseUrl, boolean javaScript) {
		ChromeDriver driver = this.idle.remove(javaScript);
		if (driver == null) {
			driver = start(javaScript);
		}
		this.origins.add(baseUrl);
		return new Browser(driver, baseUrl, javaScript);
	}

	/** The test is over and passed: the browser is made fresh and kept for the next test of its kind. */
	synchronized void giveBack(Browser browser) {
		ChromeDriver driver = (ChromeDriver) browser.driver();
		try {
			makeFresh(driver, browser.javaScriptEnabled());
		}
		catch (RuntimeException ex) {
			System.out.println("A browser could not be made fresh, so it is quit: " + ex);
			quit(driver);
			return;
		}
		ChromeDriver other = this.idle.put(browser.javaScriptEnabled(), driver);
		if (other != null) {
			quit(other);
		}
	}

	/** The test failed or left the browser in a state no one can vouch for: it is quit. */
	void discard(Browser browser) {
		quit((ChromeDriver) browser.driver());
	}

	private synchronized void close() {
		this.idle.values().forEach(ChromiumPool::quit);
		this.idle.clear();
	}

	private void makeFresh(ChromeDriver driver, boolean javaScript) {
		List<String> used = new ArrayList<>(driver.getWindowHandles());
		driver.switchTo().newWindow(WindowType.TAB);
		String fresh = driver.getWindowHandle();
		for (String handle : used) {
			driver.switchTo().window(handle).close();
		}
		driver.switchTo().window(fresh);
		prepareTab(driver, javaScript);
		driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
		driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
		for (String origin : this.origins) {
			driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
		}
		driver.manage().window().setSize(Browser.DESKTOP);
		driver.manage().timeouts().pageLoadTimeout(PAGE_LOAD);
		driver.manage().timeouts().scriptTimeout(SCRIPT);
		driver.manage().timeouts().implicitlyWait(Duration.ZERO);
		if (driver.getWindowHandles().size() != 1 || !"about:blank".equals(driver.getCurrentUrl())) {
			throw new IllegalStateException("the browser did not come back to one blank tab");
		}
	}

	private static ChromeDriver start(boolean javaScript) {
		System.setProperty("webdriver.chrome.driver", BrowserExtension.chromedriver().toString());
		ChromeOptions options = new ChromeOptions();
		Path chromium = BrowserExtension.chromium();
		if (isHeadlessShell(chromium)) {
			options.setBinary(launcherOpeningABlankPage(chromium).toFile());
		}
		else {
			options.setBinary(chromium.toFile());
			options.addArguments("--headless=new");
		}
		options.addArguments("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--user-data-dir=" + temporaryProfile(), "--window-size=1280,800",
				"--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost");
		if (!javaScript) {
			// The same switch as the content setting a person turns off: 2 blocks scripts on every site.
			options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
		}
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(BrowserExtension.chromedriver().toFile())
			.usingAnyFreePort()
			.withEnvironment(Map.of("TZ", Browser.TIME_ZONE))
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(PAGE_LOAD);
		prepareTab(driver, javaScript);
		return driver;
	}

	/**
	 * What a tab needs from the DevTools protocol, once per tab: the page keeps the focus a visible
	 * window would have, a click may write to the clipboard (as a browser lets the page a person
	 * clicks in; the headless shell has no one to ask and refuses), and without JavaScript no script
	 * of the page runs (the shell has no content settings; the driver's own scripts still run).
	 */
	private static void prepareTab(ChromeDriver driver, boolean javaScript) {
		driver.executeCdpCommand("Emulation.setFocusEmulationEnabled", Map.of("enabled", true));
		driver.executeCdpCommand("Browser.grantPermissions", Map.of("permissions", List.of("clipboardSanitizedWrite")));
		if (!javaScript) {
			driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
		}
	}

	/**
	 * Chromium's headless shell (Debian's {@code chromium-headless-shell}): the same Blink engine
	 * and DevTools protocol as the browser, without the browser's windowing layer: the browser
	 * tests cost Chromium about two thirds of the processor time they did in the full browser.
	 */
	static boolean isHeadlessShell(Path chromium) {
		return chromium.getFileName().toString().contains("headless-shell");
	}

	/**
	 * ChromeDriver starts the headless shell with no page open, then finds no page to drive and
	 * gives up ("unable to discover open pages"); and every argument it is given becomes a switch.
	 * So the shell is started through a script that adds the first page, {@code about:blank}.
	 */
	private static synchronized Path launcherOpeningABlankPage(Path shell) {
		try {
			Path launcher = Files.createTempFile("rekindle-chromium-", ".sh");
			launcher.toFile().deleteOnExit();
			Files.writeString(launcher, "#!/bin/sh\nexec '" + shell + "' \"$@\" about:blank\n");
			if (!launcher.toFile().setExecutable(true)) {
				throw new IOException("cannot make " + launcher + " executable");
			}
			return launcher;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void quit(ChromeDriver driver) {
		try {
			driver.quit();
		}
		catch (RuntimeException ex) {
			System.out.println("A browser did not quit cleanly: " + ex);
		}
	}

	private static String temporaryProfile() {
		try {
			Path dir = Files.createTempDirectory("rekindle-chromium-");
			dir.toFile().deleteOnExit();
			return dir.toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
