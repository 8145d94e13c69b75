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
 * A request the database failed in passing ({@link DatabaseFailures}), even after the work was tried
 * again, is answered 503 and not 500: wherever it failed (a controller, its page, the session read
 * or written on the way in or out), the failure comes here, and the error page shows
 * {@link NotSavedPage}. A failure after the answer was given (the session written once more after a
 * redirect) leaves the answer as it was. Inside {@link RequestLogFilter} and the metrics, which count
 * the 503 as it is; outside the session filter, so a session that could not be read or written is
 * caught too.
 */
@Component
class DatabaseFailureFilter extends OncePerRequestFilter implements Ordered {

	private static final Logger logger = LoggerFactory.getLogger(DatabaseFailureFilter.class);

	@Override
	public int getOrder() {
		return RequestLogFilter.ORDER + 1;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (!DatabaseFailures.isTransient(ex)) {
				throw ex;
			}
			if (response.isCommitted()) {
				// The answer was already given (a redirect after a save), and something after it failed: the
				// session written once more on the way out. The answer stands; nothing the person sent is lost.
				logger.warn("The database failed in passing ({}) after {} {} was answered {}; the answer stands",
						describe(ex), request.getMethod(), RequestLogFilter.loggablePath(request.getRequestURI()),
						response.getStatus());
				return;
			}
			logger.warn("The database failed in passing ({}): {} {} answered 503", describe(ex), request.getMethod(),
					RequestLogFilter.loggablePath(request.getRequestURI()));
			// As Tomcat answers an exception itself: the exception for the error page, and the status.
			request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, ex);
			NotSavedPage.remember(request);
			response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		}
	}

	/** The kinds of failure, outermost first, and any SQL state: never a message, which may quote data. */
	static String describe(Throwable failure) {
		StringBuilder kinds = new StringBuilder();
		Throwable cause = failure;
		for (int depth = 0; cause != null && depth < 8; depth++) {
			kinds.append((depth > 0) ? " < " : "").append(cause.getClass().getSimpleName());
			if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
				kinds.append('(').append(sql.getSQLState()).append(')');
			}
			cause = (cause.getCause() != cause) ? cause.getCause() : null;
		}
		return kinds.toString();
	}

}
