package app.rekindle.system;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns away a request whose parameters cannot be read (a broken percent-encoding, bytes that are
 * not UTF-8, a broken multipart body, more parameters or a larger body than the server takes) with
 * the 4xx it deserves, before anything else reads them.
 * <p>
 * Tomcat reads the parameters the first time someone asks for one, and throws when they cannot be
 * read. Left to whichever filter asked first (Spring Security's CSRF check, as a rule), the exception
 * went out through the metrics filter and {@link RequestLogFilter}, which both counted a 500, while
 * Tomcat answered 400. Asked here, the request is answered with Tomcat's status and the error page,
 * and counted and logged as that status. It sits in Spring Security's chain right after the filter
 * that writes the security headers ({@link SecurityConfiguration}), so the error page has them: the
 * error dispatch that renders it passes Spring Security's filters by.
 */
final class MalformedRequestFilter extends OncePerRequestFilter {

	/** Its error page, or a request Tomcat turned away and sent to it: nothing left to refuse. */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getDispatcherType() == DispatcherType.ERROR;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			request.getParameterMap();
		}
		catch (IllegalStateException ex) {
			// As Tomcat answers the exception itself: the exception for the error page (which then knows
			// not to read a broken multipart body again), and the status.
			request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, ex);
			response.sendError(status(ex));
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * Tomcat's status for parameters it could not read (400, or 413 for too large a body); any other
	 * {@link IllegalStateException} from reading them is the servlet specification's word for "could
	 * not be parsed", a 400.
	 */
	static int status(IllegalStateException ex) {
		int status = (ex instanceof InvalidParameterException invalid) ? invalid.getErrorCode() : 0;
		return (status >= 400 && status < 500) ? status : HttpServletResponse.SC_BAD_REQUEST;
	}

}
