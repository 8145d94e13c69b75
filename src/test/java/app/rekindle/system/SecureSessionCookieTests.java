package app.rekindle.system;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.rekindle.testsupport.HttpVisitor;

import static org.assertj.core.api.Assertions.assertThat;

/** Behind HTTPS, REKINDLE_SECURE_COOKIES=true marks the database session's cookie Secure, as before. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "REKINDLE_SECURE_COOKIES=true")
class SecureSessionCookieTests {

	@LocalServerPort
	private int port;

	@Test
	void theSessionCookieIsSecureHttpOnlyAndSameSiteLax() throws Exception {
		HttpResponse<String> page = new HttpVisitor().get("http://localhost:" + this.port, "/login");
		assertThat(HttpVisitor.sessionCookieHeader(page)).hasValueSatisfying((cookie) -> assertThat(cookie)
			.contains("; Secure", "; HttpOnly")
			.containsIgnoringCase("SameSite=Lax")
			.doesNotContainIgnoringCase("Max-Age")
			.doesNotContainIgnoringCase("Expires"));
	}

}
