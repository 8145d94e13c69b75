package app.rekindle.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.rekindle.testsupport.ServerTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Error answers a black-box probe found rough, against a real Tomcat over a raw socket (a client
 * library would refuse to send most of these): {@code /error} asked for directly; bodies whose
 * parameters cannot be read, which must be logged and counted as the 4xx they are; and requests
 * Tomcat turns away before the application, which must still get the application's page and headers.
 */
@ServerTest
@ExtendWith(OutputCaptureExtension.class)
class ErrorPagesHttpTests {

	private static final String FORM = "application/x-www-form-urlencoded";

	@LocalServerPort
	private int port;

	@Autowired
	private MeterRegistry meters;

	@Test
	void theErrorPageAskedForDirectlyIsNotFound(CapturedOutput output) throws Exception {
		Answer answer = send(request("GET", "/error", Map.of(), null));
		assertThat(answer.status()).isEqualTo(404);
		assertThat(answer.body()).contains("This page isn't here", "Quick exit");
		assertSecurityHeaders(answer);
		awaitLogLine(output, "method=GET path=/error status=404 durationMs=");
	}

	static Stream<Arguments> malformedBodies() {
		StringBuilder manyParameters = new StringBuilder("email=a");
		for (int i = 0; i < 1_100; i++) {
			manyParameters.append("&p").append(i).append('=').append(i);
		}
		StringBuilder manyParts = new StringBuilder();
		for (int i = 0; i < 60; i++) {
			manyParts.append("--b\r\nContent-Disposition: form-data; name=\"p").append(i).append("\"\r\n\r\nx\r\n");
		}
		manyParts.append("--b--\r\n");
		return Stream.of(Arguments.of("a broken percent-encoding", FORM, latin1("email=%ZZ&password=x")),
				Arguments.of("an escape that is not UTF-8", FORM, latin1("email=%C3%28&password=x")),
				Arguments.of("bytes that are not UTF-8", FORM, latin1("email=\u00c3\u0028\u00ff&password=x")),
				Arguments.of("a multipart body cut short", "multipart/form-data; boundary=b",
						latin1("--b\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\nx\r\n--")),
				Arguments.of("too many parameters", FORM, latin1(manyParameters.toString())),
				Arguments.of("too many parts", "multipart/form-data; boundary=b", latin1(manyParts.toString())));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("malformedBodies")
	void aBodyWhoseParametersCannotBeReadIsLoggedAndCountedAsTheClientErrorItIs(String what, String contentType,
			byte[] body, CapturedOutput output) throws Exception {
		double serverErrorsBefore = count("5");
		Answer answer = send(request("POST", "/signup", Map.of("Content-Type", contentType), body));

		assertThat(answer.status()).as(what).isBetween(400, 499);
		assertThat(answer.body()).contains("That didn't work", "Quick exit").doesNotContainIgnoringCase("exception");
		assertSecurityHeaders(answer);
		awaitLogLine(output, "method=POST path=/signup status=" + answer.status() + " durationMs=");
		assertThat(output.getOut()).doesNotContain("method=POST path=/signup status=500");
		awaitCount(String.valueOf(answer.status()));
		assertThat(count("5")).as("requests counted as server errors").isEqualTo(serverErrorsBefore);
	}

	static Stream<Arguments> turnedAwayByTomcat() {
		return Stream.of(Arguments.of("an encoded slash", "/journeys%2F1", Map.of()),
				Arguments.of("an address too long", "/history?q=" + "a".repeat(20_000), Map.of()),
				Arguments.of("a header too long", "/login", Map.of("X-Long", "a".repeat(20_000))));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("turnedAwayByTomcat")
	void aRequestTomcatTurnsAwayGetsTheApplicationsOwnPageAndHeaders(String what, String path,
			Map<String, String> headers) throws Exception {
		Answer answer = send(request("GET", path, headers, null));

		assertThat(answer.status()).as(what).isEqualTo(400);
		assertThat(answer.body()).contains("That didn't work", "Quick exit", "/css/app")
			.doesNotContain("HTTP Status", "Tomcat", "Bad Request");
		assertSecurityHeaders(answer);
	}

	private static void assertSecurityHeaders(Answer answer) {
		assertThat(answer.header("Content-Security-Policy")).isEqualTo(SecurityConfiguration.CONTENT_SECURITY_POLICY);
		assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
		assertThat(answer.header("Referrer-Policy")).isEqualTo("no-referrer");
		assertThat(answer.header("Cache-Control")).contains("no-store");
		assertThat(answer.header("Content-Type")).startsWith("text/html");
	}

	/** Requests counted in http.server.requests whose status starts with the given digits. */
	private double count(String status) {
		return this.meters.find("http.server.requests")
			.timers()
			.stream()
			.filter((timer) -> String.valueOf(timer.getId().getTag("status")).startsWith(status))
			.mapToDouble(Timer::count)
			.sum();
	}

	/** A request's timer is recorded as its response completes, a moment after the client has it. */
	private void awaitCount(String status) throws InterruptedException {
		Instant deadline = Instant.now().plusSeconds(10);
		while (count(status) == 0 && Instant.now().isBefore(deadline)) {
			Thread.sleep(50);
		}
		assertThat(count(status)).as("requests counted with status " + status).isPositive();
	}

	private static void awaitLogLine(CapturedOutput output, String line) throws InterruptedException {
		Instant deadline = Instant.now().plusSeconds(10);
		while (!output.getOut().contains(line) && Instant.now().isBefore(deadline)) {
			Thread.sleep(50);
		}
		assertThat(output.getOut()).contains(line);
	}

	private static byte[] request(String method, String path, Map<String, String> headers, byte[] body) {
		StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n");
		head.append("Host: localhost\r\nAccept: text/html\r\nConnection: close\r\n");
		headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
		if (body != null) {
			head.append("Content-Length: ").append(body.length).append("\r\n");
		}
		head.append("\r\n");
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
		if (body != null) {
			bytes.writeBytes(body);
		}
		return bytes.toByteArray();
	}

	private static byte[] latin1(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

	private Answer send(byte[] request) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout((int) Duration.ofSeconds(30).toMillis());
			OutputStream out = socket.getOutputStream();
			out.write(request);
			out.flush();
			InputStream in = socket.getInputStream();
			return Answer.parse(in.readAllBytes());
		}
	}

	/** An HTTP/1.1 answer: status, headers (names in lower case) and the body, chunks joined. */
	record Answer(int status, Map<String, String> headers, String body) {

		String header(String name) {
			return this.headers.get(name.toLowerCase(Locale.ROOT));
		}

		static Answer parse(byte[] raw) {
			String text = new String(raw, StandardCharsets.UTF_8);
			int end = text.indexOf("\r\n\r\n");
			String[] lines = text.substring(0, end).split("\r\n");
			int status = Integer.parseInt(lines[0].split(" ")[1]);
			Map<String, String> headers = new LinkedHashMap<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
			}
			String body = text.substring(end + 4);
			if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
				body = unchunk(body);
			}
			return new Answer(status, headers, body);
		}

		private static String unchunk(String chunked) {
			StringBuilder body = new StringBuilder();
			int at = 0;
			while (at < chunked.length()) {
				int lineEnd = chunked.indexOf("\r\n", at);
				int size = Integer.parseInt(chunked.substring(at, lineEnd).trim(), 16);
				if (size == 0) {
					break;
				}
				// Sizes count bytes; the pages are ASCII but for the person's own words, which none of these has.
				body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
				at = lineEnd + 2 + size + 2;
			}
			return body.toString();
		}

	}

}
