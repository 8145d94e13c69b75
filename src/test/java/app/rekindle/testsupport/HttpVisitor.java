package app.rekindle.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One browser talking to real servers over HTTP: it keeps its cookies by hand (the {@code JOURNAL_SESSION}
 * cookie, and those of a visitor without a session: the CSRF token, a notice),
 * so the same cookie can be sent to any server given (two instances of the application behind one
 * address, as a load balancer would send them), and it follows no redirects, so each answer can be
 * checked. A cookie the server clears is dropped.
 */
public final class HttpVisitor {

	private static final String COOKIE = StoredSessions.COOKIE;

	/** What a browser asks for when it follows a link or submits a form. */
	private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final Map<String, String> cookies = new LinkedHashMap<>();

	public HttpResponse<String> get(String server, String path) throws IOException, InterruptedException {
		return send(request(server, path).GET());
	}

	/** A form post: names and values in turn. */
	public HttpResponse<String> post(String server, String path, String... namesAndValues)
			throws IOException, InterruptedException {
		StringBuilder form = new StringBuilder();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			form.append(form.isEmpty() ? "" : "&")
				.append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
		}
		return send(request(server, path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form.toString())));
	}

	/** Another visitor holding the same cookie, as if it had been copied out of this browser. */
	public HttpVisitor copy() {
		HttpVisitor copy = new HttpVisitor();
		copy.cookies.putAll(this.cookies);
		return copy;
	}

	/** The session id this visitor's cookie names, or {@code null} without one. */
	public String sessionId() {
		String value = this.cookies.get(COOKIE);
		return (value != null) ? new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8) : null;
	}

	/** The CSRF token of the (first) form on a page, as a browser would send it back. */
	public static String csrf(HttpResponse<String> page) {
		Matcher matcher = CSRF.matcher(page.body());
		assertThat(matcher.find()).as("the page has a CSRF token").isTrue();
		return matcher.group(1);
	}

	/** The {@code Set-Cookie} header for the session cookie, if the response has one. */
	public static Optional<String> sessionCookieHeader(HttpResponse<?> response) {
		return cookieHeader(response, COOKIE);
	}

	/** The {@code Set-Cookie} header for the cookie of this name, if the response has one. */
	public static Optional<String> cookieHeader(HttpResponse<?> response, String name) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith(name + "="))
			.findFirst();
	}

	/** Where a redirect leads, as a path (and query) on the same server, however the server wrote it. */
	public static String location(HttpResponse<?> response) {
		URI location = response.headers().firstValue("Location").map(URI::create).orElse(null);
		if (location == null) {
			return null;
		}
		return location.getRawPath() + ((location.getRawQuery() != null) ? "?" + location.getRawQuery() : "");
	}

	private HttpRequest.Builder request(String server, String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server + path)).header("Accept", BROWSER_ACCEPT);
		if (!this.cookies.isEmpty()) {
			StringJoiner header = new StringJoiner("; ");
			this.cookies.forEach((name, value) -> header.add(name + "=" + value));
			request.header("Cookie", header.toString());
		}
		return request;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		HttpResponse<String> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		response.headers().allValues("Set-Cookie").forEach((header) -> {
			String pair = header.substring(0, header.indexOf(';') < 0 ? header.length() : header.indexOf(';'));
			String name = pair.substring(0, pair.indexOf('='));
			String value = pair.substring(pair.indexOf('=') + 1);
			boolean cleared = value.isEmpty() || header.toLowerCase(java.util.Locale.ROOT).contains("max-age=0");
			if (cleared) {
				this.cookies.remove(name);
			}
			else {
				this.cookies.put(name, value);
			}
		});
		return response;
	}

}
