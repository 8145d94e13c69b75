package app.rekindle.system;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.rekindle.testsupport.HttpVisitor;
import app.rekindle.testsupport.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind HTTPS, REKINDLE_SECURE_COOKIES=true marks the database session's cookie Secure, as before, and
 * the cookie that holds a visitor's CSRF token until they sign in.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "REKINDLE_SECURE_COOKIES=true")
class SecureSessionCookieTests {

	@LocalServerPort
	private int port;

	@Test
	void theSessionCookieAndTheVisitorsTokenCookieAreSecureHttpOnlyAndSameSiteLax() throws Exception {
		HttpVisitor visitor = new HttpVisitor();
		HttpResponse<String> form = visitor.get(server(), "/signup");
		assertThat(HttpVisitor.cookieHeader(form, "JOURNAL_CSRF")).hasValueSatisfying(SecureSessionCookieTests::secureForThisBrowserSession);

		HttpResponse<String> signedUp = visitor.post(server(), "/signup", "email", TestAccounts.uniqueEmail(), "password",
				"quiet harbour evenings", "passwordConfirmation", "quiet harbour evenings", "timeZone", "UTC", "_csrf",
				HttpVisitor.csrf(form));
		assertThat(HttpVisitor.sessionCookieHeader(signedUp)).hasValueSatisfying(SecureSessionCookieTests::secureForThisBrowserSession);
	}

	private static void secureForThisBrowserSession(String cookie) {
		assertThat(cookie).contains("; Secure", "; HttpOnly")
			.containsIgnoringCase("SameSite=Lax")
			.doesNotContainIgnoringCase("Max-Age")
			.doesNotContainIgnoringCase("Expires");
	}

	private String server() {
		return "http://localhost:" + this.port;
	}

}
