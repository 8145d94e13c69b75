package app.rekindle.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Runs axe-core on the page a {@link Browser} shows and reports the violations whose impact is
 * serious or critical, one readable line per element. The script is the {@code axe.min.js} that
 * the {@code com.deque.html.axe-core:selenium} jar bundles (nothing is fetched). It is put into
 * the page once and then run as often as wanted, so one page load serves both window sizes and
 * both colour schemes.
 */
public final class AxeScan {

	private static final Set<String> BLOCKING = Set.of("serious", "critical");

	private static final String AXE = readAxe();

	private static final String RUN = """
			var options = arguments[0], done = arguments[arguments.length - 1];
			axe.run(document, options).then(function (results) {
			  done(results.violations.map(function (rule) {
			    return { id: rule.id, impact: rule.impact, help: rule.help,
			      nodes: rule.nodes.map(function (node) {
			        return { impact: node.impact, target: JSON.stringify(node.target), summary: node.failureSummary };
			      }) };
			  }));
			}, function (error) { done('axe failed: ' + error); });
			""";

	private final ChromeDriver driver;

	private AxeScan(ChromeDriver driver) {
		this.driver = driver;
	}

	/** Puts axe into the page the browser shows now, unless {@link #intoEveryPage} has. */
	public static AxeScan of(Browser browser) {
		ChromeDriver driver = (ChromeDriver) browser.driver();
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		if (!Boolean.TRUE.equals(driver.executeScript("return !!(window.axe && window.axe.run)"))) {
			driver.executeScript(AXE);
		}
		return new AxeScan(driver);
	}

	/**
	 * Puts axe into every page the browser's tab opens from now on, for a test that scans many:
	 * Chromium compiles the same script once for them all, instead of receiving and compiling its
	 * half a megabyte again on every page. (The pool gives the next test a new tab without it.)
	 */
	public static void intoEveryPage(Browser browser) {
		((ChromeDriver) browser.driver()).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", AXE));
	}

	/** Every rule axe runs by default: WCAG 2.x A and AA, and its best practices. */
	public List<Violation> everyRule(String page) {
		return run(Map.of("resultTypes", List.of("violations")), page);
	}

	/**
	 * Only the colour rules: for the dark scheme, where nothing but colours differ. Like
	 * {@link #layout}, without axe's preload, which fetches every style sheet again for the one rule
	 * that reads them (css-orientation-lock, run by {@link #everyRule}).
	 */
	public List<Violation> colours(String page) {
		return run(Map.of("resultTypes", List.of("violations"), "preload", false, "runOnly",
				Map.of("type", "rule", "values", List.of("color-contrast", "link-in-text-block"))), page);
	}

	/**
	 * The rules whose outcome depends on where things are drawn and how big they are, not only on
	 * what the page holds: colours (what lies behind a text), target sizes, and regions that scroll.
	 */
	static final List<String> LAYOUT_RULES = List.of("color-contrast", "link-in-text-block", "target-size",
			"scrollable-region-focusable");

	private static final String OTHER_RULES_OFF = """
			var layout = arguments[0], rules = {};
			axe.getRules().forEach(function (rule) {
			  if (layout.indexOf(rule.ruleId) < 0) { rules[rule.ruleId] = { enabled: false }; }
			});
			return rules;
			""";

	private static final String RENDERED = """
			var shown = [];
			document.querySelectorAll('*').forEach(function (element) {
			  var style = getComputedStyle(element);
			  var drawn = element.getClientRects().length > 0 && style.visibility !== 'hidden';
			  shown.push(element.tagName + (element.id ? '#' + element.id : '') + (drawn ? '+' : '-'));
			});
			return shown.join(' ');
			""";

	/**
	 * Only the {@link #LAYOUT_RULES} that axe runs by default: for a second window size at which
	 * the page {@link #rendered() renders} the same elements, so every other rule (which reads what
	 * the page holds, and which of it is shown) has nothing new to find there.
	 */
	public List<Violation> layout(String page) {
		Object rules = this.driver.executeScript(OTHER_RULES_OFF, LAYOUT_RULES);
		return run(Map.of("resultTypes", List.of("violations"), "preload", false, "rules", rules), page);
	}

	/**
	 * Which elements the page holds, and which of them are drawn (not {@code display: none},
	 * not hidden): the same at two window sizes when only the layout differs between them.
	 */
	public String rendered() {
		return String.valueOf(this.driver.executeScript(RENDERED));
	}

	/**
	 * Emulates {@code prefers-color-scheme} through the driver's own DevTools command endpoint
	 * (not Selenium's versioned DevTools bindings), and checks the page now sees it.
	 */
	public static void colorScheme(Browser browser, String scheme) {
		ChromeDriver driver = (ChromeDriver) browser.driver();
		driver.executeCdpCommand("Emulation.setEmulatedMedia",
				Map.of("media", "", "features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
		Object matches = driver
			.executeScript("return window.matchMedia('(prefers-color-scheme: " + scheme + ")').matches");
		if (!Boolean.TRUE.equals(matches)) {
			throw new IllegalStateException("The browser did not take the " + scheme + " colour scheme");
		}
	}

	@SuppressWarnings("unchecked")
	private List<Violation> run(Map<String, Object> options, String page) {
		Object answer = this.driver.executeAsyncScript(RUN, options);
		if (!(answer instanceof List<?> rules)) {
			throw new IllegalStateException("axe on " + page + ": " + answer);
		}
		List<Violation> violations = new ArrayList<>();
		for (Object item : rules) {
			Map<String, Object> rule = (Map<String, Object>) item;
			for (Object nodeItem : (List<Object>) rule.get("nodes")) {
				Map<String, Object> node = (Map<String, Object>) nodeItem;
				String impact = String.valueOf(node.get("impact") != null ? node.get("impact") : rule.get("impact"));
				if (BLOCKING.contains(impact)) {
					Object summary = node.get("summary");
					violations.add(new Violation(String.valueOf(rule.get("id")), impact, page,
							String.valueOf(node.get("target")),
							(summary != null) ? summary.toString().replaceAll("\\s+", " ") : String.valueOf(rule.get("help"))));
				}
			}
		}
		return violations;
	}

	private static String readAxe() {
		try (InputStream in = AxeScan.class.getResourceAsStream("/axe.min.js")) {
			if (in == null) {
				throw new IllegalStateException("axe.min.js is not on the class path: add com.deque.html.axe-core:selenium");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One element breaking one rule on one page. */
	public record Violation(String rule, String impact, String page, String target, String summary) {

		@Override
		public String toString() {
			return this.rule + " (" + this.impact + ") on " + this.page + " at " + this.target + ": " + this.summary;
		}

	}

}
