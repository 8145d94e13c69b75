package app.rekindle.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Starts one headless Chromium per test method, hands it to the test as a {@link Browser}, keeps
 * a screenshot when the test fails, and quits it afterwards. A test marked {@link WithoutJavaScript}
 * gets a browser in which pages run no script at all. The browser resolves no host name but
 * {@code localhost}, so a link out of the site (the quick exit) fails at once instead of
 * reaching for the network.
 */
class BrowserExtension implements ExecutionCondition, ParameterResolver, AfterEachCallback {

	private static final String CHROMIUM_VARIABLE = "REKINDLE_CHROMIUM";

	private static final String CHROMEDRIVER_VARIABLE = "REKINDLE_CHROMEDRIVER";

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(BrowserExtension.class);

	static Path chromium() {
		return Path.of(orDefault(CiRun.variable(CHROMIUM_VARIABLE), "/usr/bin/chromium"));
	}

	static Path chromedriver() {
		return Path.of(orDefault(CiRun.variable(CHROMEDRIVER_VARIABLE), "/usr/bin/chromedriver"));
	}

	private static String orDefault(String value, String fallback) {
		return (value != null) ? value : fallback;
	}

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (Files.isExecutable(chromium()) && Files.isExecutable(chromedriver())) {
			return ConditionEvaluationResult.enabled("Chromium at " + chromium());
		}
		String reason = "No Chromium for " + context.getDisplayName() + ": " + chromium() + " or " + chromedriver()
				+ " is missing (apt-get install chromium chromium-driver)";
		if (CiRun.active()) {
			throw new ExtensionConfigurationException(reason + ". CI=true, so browser tests must run.");
		}
		System.out.println("SKIPPED: " + reason);
		return ConditionEvaluationResult.disabled(reason);
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Browser.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return context.getStore(NAMESPACE).getOrComputeIfAbsent("browser", (key) -> start(context), Browser.class);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		Browser browser = context.getStore(NAMESPACE).remove("browser", Browser.class);
		if (browser == null) {
			return;
		}
		try {
			if (context.getExecutionException().isPresent()) {
				Path shot = browser.screenshot("FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
						+ context.getRequiredTestMethod().getName());
				System.out.println("Browser test failed at " + browser.currentUrl() + "; screenshot: " + shot);
			}
		}
		finally {
			browser.quit();
		}
	}

	private static Browser start(ExtensionContext context) {
		String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
		System.setProperty("webdriver.chrome.driver", chromedriver().toString());
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium().toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--user-data-dir=" + temporaryProfile(), "--window-size=1280,800",
				"--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost");
		boolean javaScript = !withoutJavaScript(context);
		if (!javaScript) {
			// The same switch as the content setting a person turns off: 2 blocks scripts on every site.
			options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
		}
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver().toFile())
			.usingAnyFreePort()
			.withEnvironment(Map.of("TZ", Browser.TIME_ZONE))
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return new Browser(driver, "http://localhost:" + port, javaScript);
	}

	private static boolean withoutJavaScript(ExtensionContext context) {
		return context.getTestMethod().map((method) -> AnnotatedElementUtils.hasAnnotation(method, WithoutJavaScript.class)).orElse(false)
				|| AnnotatedElementUtils.hasAnnotation(context.getRequiredTestClass(), WithoutJavaScript.class);
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
