package app.rekindle.passkey.web;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

import app.rekindle.testsupport.Browser;
import app.rekindle.testsupport.BrowserTest;
import app.rekindle.testsupport.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Passkeys in real Chromium, with its virtual authenticator standing in for a phone's screen lock:
 * adding one on the account page, logging out, logging in with it (a new session id, onto Today),
 * removing it, and the calm words when a passkey is no longer known or the prompt is cancelled.
 */
@BrowserTest
class PasskeyBrowserTests {

	private static final String PASSWORD = "a lamp by the window";

	@Test
	void aPasskeyAddedOnTheAccountPageLogsThePersonInWithANewSessionAndCanBeRemoved(Browser browser) {
		HasVirtualAuthenticator devices = (HasVirtualAuthenticator) browser.driver();
		VirtualAuthenticator phone = devices.addVirtualAuthenticator(screenLock());
		try {
			String email = TestAccounts.uniqueEmail();
			browser.resize(Browser.DESKTOP).signUp(email, PASSWORD);

			browser.open("/account");
			assertThat(browser.driver().findElement(By.cssSelector("[data-passkey-unsupported]")).isDisplayed()).isFalse();
			browser.type("A name for it", "My phone").press("Add a passkey");
			assertThat(browser.path()).isEqualTo("/account#passkeys");
			assertThat(browser.text()).contains("Your passkey is added.", "My phone", "not used to log in yet");
			assertThat(phone.getCredentials()).hasSize(1);
			browser.resize(Browser.PHONE).screenshot("account-passkeys-phone");
			browser.resize(Browser.DESKTOP).screenshot("account-passkeys-desktop");

			browser.open("/dashboard").press("Log out");
			browser.open("/login");
			WebElement passkeyButton = browser.waitUpTo(Duration.ofSeconds(5))
				.until(ExpectedConditions.visibilityOfElementLocated(
						By.xpath("//button[normalize-space()='Log in with a passkey']")));
			browser.resize(Browser.PHONE).screenshot("login-passkey-phone");
			browser.resize(Browser.DESKTOP).screenshot("login-passkey-desktop");
			String anonymousSession = session(browser);

			passkeyButton.click();
			browser.waitUpTo(Duration.ofSeconds(10)).until((driver) -> "/dashboard".equals(browser.path()));
			assertThat(session(browser)).isNotNull().isNotEqualTo(anonymousSession);
			assertThat(browser.heading()).isNotBlank();
			assertThat(browser.text()).contains("Log out");

			browser.open("/account");
			assertThat(browser.text()).contains("My phone", "last used").doesNotContain("not used to log in yet");
			browser.driver().findElement(By.cssSelector("a.passkey-list__remove")).click();
			assertThat(browser.heading()).isEqualTo("Remove this passkey?");
			assertThat(browser.text()).contains("My phone");
			browser.press("Remove it");
			assertThat(browser.path()).isEqualTo("/account#passkeys");
			assertThat(browser.text()).contains("Your passkey has been removed.", "You have no passkeys yet.");

			browser.open("/dashboard").press("Log out");
			browser.open("/login");
			signInWithPasskey(browser);
			assertThat(status(browser)).isEqualTo("That passkey did not let you in. It may have been removed from your "
					+ "account. You can log in with your email and password above.");
			assertThat(browser.path()).isEqualTo("/login");
			browser.screenshot("login-passkey-refused-desktop");

			browser.type("Email", email).type("Password", PASSWORD).press("Log in");
			assertThat(browser.path()).isEqualTo("/dashboard");
		}
		finally {
			devices.removeVirtualAuthenticator(phone);
		}
	}

	@Test
	void aCancelledPromptLeavesThePersonOnTheLogInPageWithACalmWord(Browser browser) {
		browser.resize(Browser.DESKTOP).open("/login");
		// What the browser answers when the person closes its passkey prompt. (Chromium's virtual
		// authenticator cannot be made to decline: it waits for a choice that never comes.)
		((JavascriptExecutor) browser.driver()).executeScript("navigator.credentials.get = () => "
				+ "Promise.reject(new DOMException('The operation either timed out or was not allowed.', 'NotAllowedError'));");

		signInWithPasskey(browser);

		assertThat(status(browser)).isEqualTo(
				"You did not log in with a passkey. You can try again, or use your email and password above.");
		assertThat(browser.path()).isEqualTo("/login");
		assertThat(browser.driver().findElement(By.xpath("//button[normalize-space()='Log in with a passkey']"))
			.isEnabled()).isTrue();
	}

	/** A platform authenticator that keeps passkeys on the device and checks its owner, as a phone does. */
	private static VirtualAuthenticatorOptions screenLock() {
		return new VirtualAuthenticatorOptions().setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
			.setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
			.setHasResidentKey(true)
			.setHasUserVerification(true)
			.setIsUserVerified(true);
	}

	private static void signInWithPasskey(Browser browser) {
		browser.waitUpTo(Duration.ofSeconds(5))
			.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space()='Log in with a passkey']")))
			.click();
	}

	/** What the log-in page says about the passkey, once it says more than that the device will ask. */
	private static String status(Browser browser) {
		By status = By.cssSelector(".passkey-sign-in__status");
		browser.waitUpTo(Duration.ofSeconds(10)).until((driver) -> {
			String text = driver.findElement(status).getText();
			return !text.isBlank() && !text.startsWith("Your device will ask");
		});
		return browser.driver().findElement(status).getText();
	}

	private static String session(Browser browser) {
		Cookie cookie = browser.driver().manage().getCookieNamed("JOURNAL_SESSION");
		return (cookie != null) ? cookie.getValue() : null;
	}

}
