package app.rekindle.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser on the application under test, with the few steps tests repeat. Read what is
 * on the page as a person would: visible text, labels, buttons.
 */
public final class Browser {

	public static final Dimension PHONE = new Dimension(390, 844);

	public static final Dimension DESKTOP = new Dimension(1280, 800);

	/** The zone the browser believes it is in, unlike the machine's, so zone handling shows. */
	public static final String TIME_ZONE = "America/Sao_Paulo";

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private final ChromeDriver driver;

	private final String baseUrl;

	private final boolean javaScript;

	Browser(ChromeDriver driver, String baseUrl, boolean javaScript) {
		this.driver = driver;
		this.baseUrl = baseUrl;
		this.javaScript = javaScript;
	}

	/** False for a test marked {@link WithoutJavaScript}: pages run no script of their own. */
	public boolean javaScriptEnabled() {
		return this.javaScript;
	}

	/**
	 * Signs up through the form, in the browser's zone (chosen by hand, as a person without
	 * JavaScript would), passes the recovery codes and lands on the dashboard.
	 */
	public Browser signUp(String email, String password) {
		return submitSignUp(email, password).follow("Continue to your journal");
	}

	/** Fills in and sends the sign-up form, and stays on the page that answers it. */
	public Browser submitSignUp(String email, String password) {
		return open("/signup").type("Email", email)
			.type("Password", password)
			.type("Password again", password)
			.select("Your time zone", "Sao Paulo")
			.press("Create my journal");
	}

	/** Begins a journey from the dashboard, with dates counted back from {@code today}. */
	public Browser beginJourney(String nickname, java.time.LocalDate today, int daysSinceBreakup,
			int daysSinceLastContact) {
		return open("/dashboard").press("Begin a journey")
			.type("Their first name or initials", nickname)
			.date("When did it end?", today.minusDays(daysSinceBreakup))
			.date("When were you last in touch?", today.minusDays(daysSinceLastContact))
			.press("Begin");
	}

	public WebDriver driver() {
		return this.driver;
	}

	public Browser open(String path) {
		this.driver.get(this.baseUrl + path);
		return this;
	}

	public String path() {
		String url = this.driver.getCurrentUrl();
		return url.startsWith(this.baseUrl) ? url.substring(this.baseUrl.length()) : url;
	}

	String currentUrl() {
		return this.driver.getCurrentUrl();
	}

	/** The browser's Back button. */
	public Browser back() {
		this.driver.navigate().back();
		return this;
	}

	/**
	 * Presses the Quick exit in the page header (it signs out, through {@code /exit}) and waits until
	 * this page has been left.
	 */
	public Browser quickExit() {
		WebElement exit = this.driver.findElement(By.cssSelector("a.quick-exit"));
		exit.click();
		waitUntilGone(exit);
		return this;
	}

	/**
	 * Fetches a path of the application as this browser's signed-in person, outside the browser:
	 * for a download, which a headless browser would only save to disk.
	 */
	public HttpResponse<byte[]> download(String path) {
		Cookie session = this.driver.manage().getCookieNamed("JOURNAL_SESSION");
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path));
		if (session != null) {
			request.header("Cookie", session.getName() + "=" + session.getValue());
		}
		try {
			return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Empties the field and puts the text in as one input, the way a keyboard's suggestion or a
	 * paste arrives: the page sees {@code beforeinput} and {@code input} once, not a key event per
	 * character (a test of the keys themselves sends them to the element).
	 */
	public Browser type(String label, String text) {
		WebElement field = field(label);
		field.clear();
		this.driver.executeScript("arguments[0].focus()", field);
		this.driver.executeCdpCommand("Input.insertText", Map.of("text", text));
		return this;
	}

	/** Sets a date input directly: typed digits would follow the browser locale's order and tie the test to it. */
	public Browser date(String label, java.time.LocalDate date) {
		WebElement field = field(label);
		this.driver.executeScript("arguments[0].value = arguments[1]", field, date.toString());
		return this;
	}

	public Browser select(String label, String visibleTextStart) {
		WebElement select = field(label);
		for (WebElement option : select.findElements(By.tagName("option"))) {
			if (option.getText().startsWith(visibleTextStart)) {
				option.click();
				return this;
			}
		}
		throw new IllegalArgumentException("No option starting with '" + visibleTextStart + "' in " + label);
	}

	/** Ticks the checkbox or radio button whose own label reads {@code label}. */
	public Browser tick(String label) {
		WebElement labelElement = this.driver.findElement(By.xpath("//label[normalize-space()=" + xpathString(label) + "]"));
		String forId = labelElement.getDomAttribute("for");
		WebElement input = (forId != null) ? this.driver.findElement(By.id(forId)) : labelElement.findElement(By.tagName("input"));
		if (!input.isSelected()) {
			input.click();
		}
		return this;
	}

	/** Answers a yes-or-no question, found by the words of its question. */
	public Browser answer(String questionStart, String yesOrNo) {
		WebElement fieldset = this.driver
			.findElement(By.xpath("//fieldset[legend[starts-with(normalize-space(), '" + questionStart + "')]]"));
		fieldset.findElement(By.xpath(".//label[normalize-space()='" + yesOrNo + "']/input")).click();
		return this;
	}

	/** Follows a link by its text and waits for the page it leads to. */
	public Browser follow(String linkText) {
		WebElement link = this.driver.findElement(By.linkText(linkText));
		link.click();
		waitUntilGone(link);
		return this;
	}

	/**
	 * Waits until the element belongs to a page that has been replaced. Chromium reports such an
	 * element either as stale or, while the new page is still loading, with an inspector error.
	 */
	private void waitUntilGone(WebElement element) {
		waitUpTo(Duration.ofSeconds(10)).until((driver) -> {
			try {
				element.isEnabled();
				return false;
			}
			catch (org.openqa.selenium.StaleElementReferenceException ex) {
				return true;
			}
			catch (org.openqa.selenium.WebDriverException ex) {
				return ex.getMessage() != null && ex.getMessage().contains("does not belong to the document");
			}
		});
	}

	/**
	 * A wait that looks again every 20 ms: the default half second would be added to almost every
	 * click, since a page is seldom replaced by the time the first look happens.
	 */
	public WebDriverWait waitUpTo(Duration timeout) {
		WebDriverWait wait = new WebDriverWait(this.driver, timeout);
		wait.pollingEvery(Duration.ofMillis(20));
		return wait;
	}

	public String selectedValue(String label) {
		return field(label).getDomProperty("value");
	}

	/** The input, select or textarea whose label reads {@code label}. */
	public WebElement field(String label) {
		WebElement labelElement = this.driver.findElement(By.xpath("//label[normalize-space()='" + label + "']"));
		return this.driver.findElement(By.id(labelElement.getDomAttribute("for")));
	}

	/** Clicks a button (or a link styled as one) and waits for the next page to replace this one. */
	public Browser press(String buttonText) {
		WebElement button = this.driver
			.findElement(By.xpath("//button[normalize-space()='" + buttonText + "'] | //a[normalize-space()='"
					+ buttonText + "' and contains(@class, 'button')]"));
		button.click();
		waitUntilGone(button);
		return this;
	}

	/**
	 * Clicks the button reading {@code buttonText} that belongs to the entry showing {@code entryText}
	 * (the closest element around that text holding such a button), for lists where every entry has
	 * the same buttons.
	 */
	public Browser pressFor(String entryText, String buttonText) {
		WebElement button = this.driver.findElement(By.xpath("//*[normalize-space()='" + entryText
				+ "']/ancestor::*[.//button[normalize-space()='" + buttonText + "']][1]//button[normalize-space()='"
				+ buttonText + "']"));
		button.click();
		waitUntilGone(button);
		return this;
	}

	public String heading() {
		return waitUpTo(Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")))
			.getText();
	}

	public String text() {
		return this.driver.findElement(By.tagName("body")).getText();
	}

	public List<WebElement> all(String cssSelector) {
		return this.driver.findElements(By.cssSelector(cssSelector));
	}

	public Browser resize(Dimension size) {
		this.driver.manage().window().setSize(size);
		return this;
	}

	/**
	 * Saves a PNG of the whole page under target/screenshots and returns its path. The window is
	 * stretched to the page's height for the picture and then put back.
	 */
	public Path screenshot(String name) {
		Dimension size = this.driver.manage().window().getSize();
		try {
			Files.createDirectories(SCREENSHOTS);
			Path target = SCREENSHOTS.resolve(name + ".png");
			Number height = (Number) this.driver.executeScript("return document.documentElement.scrollHeight");
			this.driver.manage().window().setSize(new Dimension(size.getWidth(), Math.max(size.getHeight(), height.intValue() + 100)));
			Files.copy(this.driver.getScreenshotAs(OutputType.FILE).toPath(), target,
					StandardCopyOption.REPLACE_EXISTING);
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			this.driver.manage().window().setSize(size);
		}
	}

	/** A string as an XPath literal, in double quotes when it holds an apostrophe ("don't"). */
	private static String xpathString(String text) {
		return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
	}

}
