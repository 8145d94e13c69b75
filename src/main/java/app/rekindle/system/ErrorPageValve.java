package app.rekindle.system;

import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.apache.catalina.Context;
import org.apache.catalina.Globals;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.apache.juli.logging.Log;
import org.apache.juli.logging.LogFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfFilter;

/**
 * Answers a request Tomcat turned away before the application saw it (an encoded slash in the
 * address, an address or header too long, a method it refuses) with the application's own error
 * page, the way Tomcat answers an error of the application: a forward to {@code /error} with the
 * status, through the application's filters, so the page has the layout and the security headers
 * (Content-Security-Policy, X-Content-Type-Options and the rest) of every other page. Anything else
 * Tomcat would report (an error answer with nothing written yet) goes the same way. Should the
 * forward itself fail, Tomcat's own page is written, without server details.
 */
final class ErrorPageValve extends ErrorReportValve {

	private static final Log logger = LogFactory.getLog(ErrorPageValve.class);

	private static final String ERROR_PATH = "/error";

	private final Context application;

	ErrorPageValve(Context application) {
		this.application = application;
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		// As Tomcat's own: only an error sent (sendError) and not yet answered, with nothing written.
		if (status < 400 || response.getContentWritten() > 0 || response.isCommitted() || !response.isErrorReportRequired()
				|| !ioAllowed(response)) {
			return;
		}
		try {
			forwardToErrorPage(request, response, status);
		}
		catch (Exception | LinkageError ex) {
			logger.warn("The error page could not be shown, Tomcat's own page is written instead: " + ex);
			if (response.getContentWritten() == 0 && !response.isCommitted() && response.isErrorReportRequired()) {
				super.report(request, response, throwable);
			}
		}
	}

	private void forwardToErrorPage(Request request, Response response, int status) throws Exception {
		if (request.getContext() == null) {
			// Turned away before it was mapped: it goes to the application as its error page would.
			request.getMappingData().context = this.application;
		}
		request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
		request.setAttribute(Globals.DISPATCHER_TYPE_ATTR, DispatcherType.ERROR);
		request.setAttribute(Globals.DISPATCHER_REQUEST_PATH_ATTR, ERROR_PATH);
		response.resetBuffer(true);
		response.setContentLength(-1);
		// Not an error dispatch of Spring's filters (no error request URI): those leave an error dispatch
		// alone, trusting the request before it, which here never reached them. So Spring Security writes
		// the page's headers as for any page; a POST is not asked for the CSRF token of a form it never had.
		CsrfFilter.skipRequest(request);
		RequestDispatcher dispatcher = this.application.getServletContext().getRequestDispatcher(ERROR_PATH);
		ClassLoader previous = this.application.bind(null);
		try {
			dispatcher.forward(new AsksForAPage(request.getRequest()), response.getResponse());
		}
		finally {
			this.application.unbind(previous);
		}
		response.setErrorReported();
	}

	private static boolean ioAllowed(Response response) {
		AtomicBoolean allowed = new AtomicBoolean();
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, allowed);
		return allowed.get();
	}

	/**
	 * The page, whatever the request said it accepts (a turned-away request may not have had its
	 * headers read at all, and Tomcat's own answer is a page too), and no body to read.
	 */
	private static final class AsksForAPage extends HttpServletRequestWrapper {

		AsksForAPage(HttpServletRequest request) {
			super(request);
		}

		/** Nothing to read: a multipart body the application never accepted is not parsed for the page. */
		@Override
		public String getContentType() {
			return null;
		}

		@Override
		public String getHeader(String name) {
			return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? MediaType.TEXT_HTML_VALUE : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? Collections.enumeration(List.of(MediaType.TEXT_HTML_VALUE))
					: super.getHeaders(name);
		}

	}

}
