package app.rekindle.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Hands each browser test a headless Chromium as a {@link Browser}, fresh as a new profile (see
 * {@link ChromiumPool}, which keeps one per test JVM between tests), and keeps a screenshot when the
 * test fails. A test marked {@link WithoutJavaScript} gets a browser in which pages run no script at
 * all. The browser resolves no host name but {@code localhost}, so a link out of the site (the quick
 * exit) fails at once instead of reaching for the network.
 */
class BrowserExtension implements ExecutionCondition, ParameterResolver, AfterEachCallback {

	private static final String CHROMIUM_VARIABLE = "REKINDLE_CHROMIUM";

	private static final String CHROMEDRIVER_VARIABLE = "REKINDLE_CHROMEDRIVER";

	private static final Path HEADLESS_SHELL = Path.of("/usr/lib/chromium/chromium-headless-shell");

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(BrowserExtension.class);

	/**
	 * {@code REKINDLE_CHROMIUM}, or else Debian's headless shell where it is installed (the tests'
	 * browser: it runs the same pages at less cost), or else Debian's Chromium.
	 */
	static Path chromium() {
		String chosen = CiRun.variable(CHROMIUM_VARIABLE);
		if (chosen != null) {
			return Path.of(chosen);
		}
		return Files.isExecutable(HEADLESS_SHELL) ? HEADLESS_SHELL : Path.of("/usr/bin/chromium");
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
				+ " is missing (apt-get install chromium-headless-shell chromium-driver)";
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
		return context.getStore(NAMESPACE).computeIfAbsent("browser", (key) -> take(context), Browser.class);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		Browser browser = context.getStore(NAMESPACE).remove("browser", Browser.class);
		if (browser == null) {
			return;
		}
		if (context.getExecutionException().isEmpty()) {
			ChromiumPool.INSTANCE.giveBack(browser);
			return;
		}
		try {
			Path shot = browser.screenshot("FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
					+ context.getRequiredTestMethod().getName());
			System.out.println("Browser test failed at " + browser.currentUrl() + "; screenshot: " + shot);
		}
		finally {
			ChromiumPool.INSTANCE.discard(browser);
		}
	}

	private static Browser take(ExtensionContext context) {
		String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
		return ChromiumPool.INSTANCE.take("http://localhost:" + port, !withoutJavaScript(context));
	}

	private static boolean withoutJavaScript(ExtensionContext context) {
		return context.getTestMethod().map((method) -> AnnotatedElementUtils.hasAnnotation(method, WithoutJavaScript.class)).orElse(false)
				|| AnnotatedElementUtils.hasAnnotation(context.getRequiredTestClass(), WithoutJavaScript.class);
	}

}
