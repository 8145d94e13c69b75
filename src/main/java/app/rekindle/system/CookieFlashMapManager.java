package app.rekindle.system;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.StringJoiner;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.AbstractFlashMapManager;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.util.WebUtils;

/**
 * Flash attributes (the notice after a save, the email typed into a failed log-in) kept in a short-lived
 * cookie rather than in the session, whenever they are plain text: a visitor who is not signed in gets no
 * session for them, and a signed-in person's post is not followed by a second write of the session.
 * Anything else (an object) still goes into the session, as Spring's {@link SessionFlashMapManager} does.
 * <p>
 * The cookie holds only what the next page shows with {@code th:text} (message codes, the typed email),
 * is HttpOnly and SameSite=Lax, lives three minutes, and is expired once read.
 */
final class CookieFlashMapManager extends AbstractFlashMapManager {

	static final String COOKIE = "JOURNAL_NOTICE";

	/** Browsers keep 4 KB a cookie; the rest of this site's cookies need room too. */
	private static final int MAX_COOKIE_LENGTH = 2000;

	private static final String SESSION_ATTRIBUTE = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";

	private final boolean secureCookie;

	CookieFlashMapManager(boolean secureCookie) {
		this.secureCookie = secureCookie;
	}

	@Override
	@SuppressWarnings("unchecked")
	protected @Nullable List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
		List<FlashMap> maps = new ArrayList<>();
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof List<?> stored) {
			maps.addAll((List<FlashMap>) stored);
		}
		jakarta.servlet.http.Cookie cookie = WebUtils.getCookie(request, COOKIE);
		if (cookie != null) {
			maps.addAll(decode(cookie.getValue()));
		}
		return maps.isEmpty() ? null : maps;
	}

	@Override
	protected void updateFlashMaps(List<FlashMap> flashMaps, HttpServletRequest request, HttpServletResponse response) {
		List<FlashMap> inCookie = flashMaps.stream().filter(CookieFlashMapManager::plainText).toList();
		List<FlashMap> inSession = flashMaps.stream().filter((map) -> !plainText(map)).toList();
		String value = encode(inCookie);
		if (value.length() > MAX_COOKIE_LENGTH) {
			inSession = flashMaps;
			value = "";
		}
		HttpSession session = request.getSession(!inSession.isEmpty());
		Object stored = (session != null) ? session.getAttribute(SESSION_ATTRIBUTE) : null;
		// Written only when it changes: a notice read from the cookie leaves the session as it was.
		if (inSession.isEmpty() && stored != null) {
			session.removeAttribute(SESSION_ATTRIBUTE);
		}
		else if (!inSession.isEmpty() && !inSession.equals(stored)) {
			session.setAttribute(SESSION_ATTRIBUTE, new ArrayList<>(inSession));
		}
		if (!value.isEmpty() || WebUtils.getCookie(request, COOKIE) != null) {
			ResponseCookie cookie = ResponseCookie.from(COOKIE, value)
				.path("/")
				.httpOnly(true)
				.secure(this.secureCookie)
				.sameSite("Lax")
				.maxAge(value.isEmpty() ? 0 : getFlashMapTimeout())
				.build();
			response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
		}
	}

	private static boolean plainText(FlashMap map) {
		return map.values().stream().allMatch((value) -> value instanceof String);
	}

	/** Each map as a query string ({@code ~path}, {@code ~expires}, {@code ?name} target parameters, attributes), Base64 and joined by dots. */
	private static String encode(List<FlashMap> maps) {
		List<String> parts = new ArrayList<>();
		for (FlashMap map : maps) {
			StringJoiner query = new StringJoiner("&");
			query.add(pair("~path", (map.getTargetRequestPath() != null) ? map.getTargetRequestPath() : ""));
			query.add(pair("~expires", String.valueOf(map.getExpirationTime())));
			map.getTargetRequestParams().forEach((name, values) -> values.forEach((v) -> query.add(pair("?" + name, v))));
			map.forEach((name, value) -> query.add(pair(name, (String) value)));
			parts.add(Base64.getUrlEncoder().withoutPadding().encodeToString(query.toString().getBytes(StandardCharsets.UTF_8)));
		}
		return String.join(".", parts);
	}

	private static String pair(String name, String value) {
		return URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static List<FlashMap> decode(String value) {
		List<FlashMap> maps = new ArrayList<>();
		for (String part : value.split("\\.")) {
			try {
				FlashMap map = new FlashMap();
				String text = new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
				for (String pair : text.split("&")) {
					int equals = pair.indexOf('=');
					String name = URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8);
					String content = URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
					if (name.equals("~path")) {
						map.setTargetRequestPath(content.isEmpty() ? null : content);
					}
					else if (name.equals("~expires")) {
						map.setExpirationTime(Long.parseLong(content));
					}
					else if (name.startsWith("?")) {
						map.addTargetRequestParam(name.substring(1), content);
					}
					else {
						map.put(name, content);
					}
				}
				maps.add(map);
			}
			catch (IllegalArgumentException | IndexOutOfBoundsException ex) {
				// A cookie this site did not write, or a damaged one: nothing to show.
			}
		}
		return maps;
	}

}
