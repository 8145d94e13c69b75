package app.rekindle.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One log line per request: method, path, status and duration, as {@code key=value} in the message
 * and as key-value pairs for structured (JSON) logging. Nothing a person wrote can reach the log this
 * way: no body, no parameters, no query string, and the secret in a calendar feed address is masked.
 */
@Component
class RequestLogFilter extends OncePerRequestFilter implements Ordered {

	private static final Logger logger = LoggerFactory.getLogger(RequestLogFilter.class);

	private static final String CALENDAR = "/calendar/";

	private static final int MAX_PATH_LENGTH = 200;

	/** Outside Spring Security, so a request it turns away (redirect to log-in, 403) is logged too. */
	static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long started = System.nanoTime();
		boolean failed = true;
		try {
			chain.doFilter(request, response);
			failed = false;
		}
		finally {
			// An exception still on its way out becomes a 500 at the container's error page.
			int status = failed ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR : response.getStatus();
			log(request.getMethod(), loggablePath(requestedUri(request)), status,
					(System.nanoTime() - started) / 1_000_000);
		}
	}

	/**
	 * The address asked for. A request the application first sees forwarded is one Tomcat turned
	 * away and sent to the error page ({@link ErrorPageValve}): its own address, not the page's.
	 */
	private static String requestedUri(HttpServletRequest request) {
		Object forwardedFrom = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
		return (forwardedFrom instanceof String uri) ? uri : request.getRequestURI();
	}

	private static void log(String method, String path, int status, long durationMs) {
		if (!logger.isInfoEnabled()) {
			return;
		}
		logger.atInfo()
			.addKeyValue("method", method)
			.addKeyValue("path", path)
			.addKeyValue("status", status)
			.addKeyValue("durationMs", durationMs)
			.log("method={} path={} status={} durationMs={}", method, path, status, durationMs);
	}

	/**
	 * The path alone (the request URI never carries the query string), without path parameters,
	 * with the calendar feed's secret masked, and only printable ASCII so a line stays one line.
	 */
	static String loggablePath(String requestUri) {
		if (requestUri == null || requestUri.isEmpty()) {
			return "/";
		}
		String path = requestUri;
		int parameters = path.indexOf(';');
		if (parameters >= 0) {
			path = path.substring(0, parameters);
		}
		if (path.startsWith(CALENDAR) && path.length() > CALENDAR.length()) {
			path = CALENDAR + "***" + (path.endsWith(".ics") ? ".ics" : "");
		}
		if (path.length() > MAX_PATH_LENGTH) {
			path = path.substring(0, MAX_PATH_LENGTH) + "...";
		}
		StringBuilder printable = new StringBuilder(path.length());
		for (int i = 0; i < path.length(); i++) {
			char c = path.charAt(i);
			printable.append((c > 0x20 && c < 0x7f) ? c : '?');
		}
		return printable.toString();
	}

}
