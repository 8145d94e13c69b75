package app.rekindle.system;

import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseCookie;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.CookieSerializer.CookieValue;
import org.springframework.web.util.WebUtils;

/**
 * The Quick exit: {@code GET /exit} ends the session, signed in or not, clears the session cookie
 * and sends the browser on to the neutral site ({@link SiteProperties#quickExitUrl()}). Because the
 * session is gone, Back to any private page asks the server again (private pages are
 * {@code no-store}) and gets the log-in page, not the journal, with JavaScript or without it.
 * <p>
 * Why a GET and not a POST with a CSRF token like {@code /logout}: the button must work as a plain
 * link, without JavaScript, at the first tap, on every page including error pages. The cost is that
 * another site could link a person here and so sign them out; that is all it can do (nothing is
 * changed or revealed), and the session cookie is {@code SameSite=Lax}, so an image or a frame on
 * another site cannot even do that. Being signed out by surprise is a small harm next to a quick
 * exit that does not work.
 */
final class QuickExitFilter extends LogoutFilter {

	static final String PATH = "/exit";

	/**
	 * What the browser is asked to forget of this site besides the cookie. {@code "cache"} is what
	 * matters: Chromium keeps even {@code no-store} pages in its back/forward cache now, and signing
	 * out did not evict them (checked in Chromium 156: without it, Back after the exit showed the
	 * dashboard as it was, without asking the server); {@code "cache"} does. With JavaScript,
	 * quick-exit.js also reloads any page the browser restores that way. The price: Chromium can take
	 * seconds to clear a large cache (crbug.com/40233601), while the page is already hidden (with
	 * JavaScript) or still showing (without). {@code "storage"}: local storage and the like, should any
	 * ever be used. Not {@code "cookies"}: that would sign a person out of every other site under the
	 * same registrable domain; our one cookie is expired by name instead.
	 */
	static final List<String> VISITOR_COOKIES = List.of(VisitorCsrfTokenRepository.COOKIE, CookieFlashMapManager.COOKIE,
			"REDIRECT_URI");

	static final String CLEAR_SITE_DATA = "\"cache\", \"storage\"";

	QuickExitFilter(URI neutralSite, CookieSerializer cookies, SecurityContextRepository contexts) {
		super(leaveFor(neutralSite), forgetStaleCookie(cookies), forgetVisitorCookies(), clearSiteData(), endSession(contexts));
		setLogoutRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, PATH));
	}

	/** 303: go on to the neutral site with a GET, whatever brought the browser here. */
	private static LogoutSuccessHandler leaveFor(URI neutralSite) {
		String location = neutralSite.toString();
		return (request, response, authentication) -> {
			response.setStatus(HttpServletResponse.SC_SEE_OTHER);
			response.setHeader(HttpHeaders.LOCATION, location);
		};
	}

	/**
	 * Spring Session expires the cookie of a session it invalidates. A cookie naming a session that
	 * has already ended is expired here, with the same attributes, so the browser keeps nothing.
	 * Runs before the session is ended, while it can still tell the two apart.
	 */
	private static LogoutHandler forgetStaleCookie(CookieSerializer cookies) {
		return (request, response, authentication) -> {
			if (request.getSession(false) == null && !cookies.readCookieValues(request).isEmpty()) {
				cookies.writeCookieValue(new CookieValue(request, response, ""));
			}
		};
	}

	/**
	 * What a visitor who is not signed in holds instead of a session (AnonymousVisitConfiguration): the
	 * forms' token, a notice (perhaps the email typed into a failed log-in) and the page to return to
	 * after log-in. Expired too, so nothing of the visit is left in the browser.
	 */
	private static LogoutHandler forgetVisitorCookies() {
		return (request, response, authentication) -> {
			for (String name : VISITOR_COOKIES) {
				if (WebUtils.getCookie(request, name) != null) {
					response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(name, "").path("/").maxAge(0).httpOnly(true).build().toString());
				}
			}
		};
	}

	/**
	 * Sent on every exit: browsers act on it only in a secure context (HTTPS, or localhost), and
	 * ignore it elsewhere.
	 */
	private static LogoutHandler clearSiteData() {
		return (request, response, authentication) -> response.setHeader("Clear-Site-Data", CLEAR_SITE_DATA);
	}

	private static LogoutHandler endSession(SecurityContextRepository contexts) {
		SecurityContextLogoutHandler handler = new SecurityContextLogoutHandler();
		handler.setSecurityContextRepository(contexts);
		return handler;
	}

}
