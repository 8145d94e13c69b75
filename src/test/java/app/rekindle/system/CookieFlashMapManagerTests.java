package app.rekindle.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.web.servlet.FlashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where flash attributes go and when the session is written for them: plain text in the cookie, anything
 * else in the session, and the session written only when what it holds for the next pages changes.
 */
class CookieFlashMapManagerTests {

	private static final String IN_SESSION = "org.springframework.web.servlet.support.SessionFlashMapManager.FLASH_MAPS";

	private final CookieFlashMapManager manager = new CookieFlashMapManager(false);

	@Test
	void aPlainNoticeTravelsInTheCookieAndIsReadOnceOnItsPage() {
		MockHttpServletRequest post = request("POST", "/checkin/2026-12-07", null);
		MockHttpServletResponse posted = new MockHttpServletResponse();
		this.manager.saveOutputFlashMap(notice("/dashboard", "notice", "checkin.saved"), post, posted);
		assertThat(post.getSession(false)).as("no session for a notice").isNull();
		Cookie cookie = posted.getCookie(CookieFlashMapManager.COOKIE);
		assertThat(cookie.getValue()).isNotEmpty();
		assertThat(cookie.isHttpOnly()).isTrue();

		MockHttpServletRequest next = request("GET", "/dashboard", null);
		next.setCookies(cookie);
		MockHttpServletResponse shown = new MockHttpServletResponse();
		Map<String, Object> read = this.manager.retrieveAndUpdate(next, shown);
		assertThat(read).containsEntry("notice", "checkin.saved");
		assertThat(shown.getCookie(CookieFlashMapManager.COOKIE).getMaxAge()).as("expired once read").isZero();
	}

	@Test
	void anythingButTextGoesIntoTheSessionAndLeavesItOnceRead() {
		MockHttpSession session = new CountingSession();
		MockHttpServletRequest post = request("POST", "/signup", session);
		this.manager.saveOutputFlashMap(notice("/account/recovery-codes", "recoveryCodes", List.of("abcd-efgh")), post,
				new MockHttpServletResponse());
		assertThat(writes(session)).isEqualTo(1);

		MockHttpServletRequest next = request("GET", "/account/recovery-codes", session);
		Map<String, Object> read = this.manager.retrieveAndUpdate(next, new MockHttpServletResponse());
		assertThat(read).containsEntry("recoveryCodes", List.of("abcd-efgh"));
		assertThat(session.getAttribute(IN_SESSION)).isNull();
		assertThat(writes(session)).isEqualTo(2);
	}

	@Test
	void readingANoticeFromTheCookieLeavesTheSessionUnwritten() {
		MockHttpSession session = new CountingSession();
		// The recovery codes wait in the session for their own page while the person goes elsewhere.
		this.manager.saveOutputFlashMap(notice("/account/recovery-codes", "recoveryCodes", List.of("abcd-efgh")),
				request("POST", "/signup", session), new MockHttpServletResponse());
		MockHttpServletResponse posted = new MockHttpServletResponse();
		this.manager.saveOutputFlashMap(notice("/dashboard", "notice", "journey.started"),
				request("POST", "/journeys", session), posted);
		assertThat(writes(session)).as("the notice went into the cookie, not the session").isEqualTo(1);

		MockHttpServletRequest next = request("GET", "/dashboard", session);
		next.setCookies(posted.getCookie(CookieFlashMapManager.COOKIE));
		Map<String, Object> read = this.manager.retrieveAndUpdate(next, new MockHttpServletResponse());
		assertThat(read).containsEntry("notice", "journey.started");
		assertThat(writes(session)).as("the session's own flash attributes did not change").isEqualTo(1);
		assertThat(session.getAttribute(IN_SESSION)).asList().hasSize(1);
	}

	@Test
	void aCookieThisSiteDidNotWriteShowsNothing() {
		MockHttpServletRequest next = request("GET", "/dashboard", null);
		next.setCookies(new Cookie(CookieFlashMapManager.COOKIE, "not-base64!.%%%"));
		Map<String, Object> read = this.manager.retrieveAndUpdate(next, new MockHttpServletResponse());
		assertThat(read).isNull();
	}

	private static MockHttpServletRequest request(String method, String path, MockHttpSession session) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		if (session != null) {
			request.setSession(session);
		}
		return request;
	}

	private static FlashMap notice(String path, String name, Object value) {
		FlashMap map = new FlashMap();
		map.setTargetRequestPath(path);
		map.put(name, value);
		return map;
	}

	private static int writes(MockHttpSession session) {
		return ((CountingSession) session).writes.size();
	}

	/** A session that remembers each write of the flash attributes. */
	private static final class CountingSession extends MockHttpSession {

		private final List<String> writes = new ArrayList<>();

		@Override
		public void setAttribute(String name, Object value) {
			if (IN_SESSION.equals(name)) {
				this.writes.add("set");
			}
			super.setAttribute(name, value);
		}

		@Override
		public void removeAttribute(String name) {
			if (IN_SESSION.equals(name)) {
				this.writes.add("remove");
			}
			super.removeAttribute(name);
		}

	}

}
