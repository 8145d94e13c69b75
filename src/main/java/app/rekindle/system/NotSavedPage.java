package app.rekindle.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.servlet.view.UrlBasedViewResolver;

/**
 * The answer when the database failed in passing ({@link DatabaseFailures}) even after the work was
 * tried again ({@link LostConnectionRetry}): 503, and {@code error/not-saved.html} with one of three
 * things to say. A form that was not saved comes back with everything it sent, shown as written and
 * ready to send again with one button. A form that was saved, whose redirect failed (the session
 * could not be written on the way out), says it was saved. A page that could not be read offers to
 * load it again.
 */
final class NotSavedPage {

	static final String VIEW = "error/not-saved";

	/** What a form sent, kept by {@link #remember} for the error dispatch. */
	private static final String SENT_FIELDS = NotSavedPage.class.getName() + ".SENT_FIELDS";

	/** Set when a controller answered with a redirect ({@link #MARK_DONE}). */
	private static final String DONE = NotSavedPage.class.getName() + ".DONE";

	/**
	 * Marks a request whose controller answered with a redirect: a form that did its work (on success
	 * a form redirects; with errors it shows its page again), so a failure after it is not called
	 * "not saved".
	 */
	static final HandlerInterceptor MARK_DONE = new HandlerInterceptor() {

		@Override
		public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
				ModelAndView modelAndView) {
			if (modelAndView != null && (modelAndView.getView() instanceof RedirectView
					|| String.valueOf(modelAndView.getViewName()).startsWith(UrlBasedViewResolver.REDIRECT_URL_PREFIX))) {
				request.setAttribute(DONE, Boolean.TRUE);
			}
		}

	};

	/** Spring Security's token: the page writes a fresh one into its own form. */
	private static final String CSRF_PARAMETER = "_csrf";

	/** Values that are choices, not words: option names, numbers, dates, times, ticks. */
	private static final Pattern NOT_WORDS = Pattern.compile(
			"[A-Z0-9_]+|-?\\d+([.,]\\d+)?|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}:\\d{2}(:\\d{2})?|true|false|on|off|yes|no|confirm|change");

	/** A field, as the form sent it, to send again. */
	record Field(String name, String value) {
	}

	private NotSavedPage() {
	}

	/**
	 * Keeps what the request sent for its error page, which Tomcat dispatches as a GET: whether it was
	 * a form, and its fields.
	 */
	static void remember(HttpServletRequest request) {
		if (HttpMethod.POST.matches(request.getMethod())) {
			request.setAttribute(SENT_FIELDS, new LinkedHashMap<>(request.getParameterMap()));
		}
	}

	/** The page for the error dispatch of a request the database failed. */
	static ModelAndView of(HttpServletRequest request) {
		ModelAndView page = new ModelAndView(VIEW, HttpStatus.SERVICE_UNAVAILABLE);
		String path = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
		@SuppressWarnings("unchecked")
		Map<String, String[]> sent = (Map<String, String[]>) request.getAttribute(SENT_FIELDS);
		if (sent == null && HttpMethod.POST.matches(String.valueOf(request.getAttribute(RequestDispatcher.ERROR_METHOD)))) {
			// A form whose failure reached the container another way: its fields as the error dispatch has them.
			sent = request.getParameterMap();
		}
		if (sent == null) {
			Object query = request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING);
			page.addObject("kind", "page");
			page.addObject("action", path + ((query != null) ? "?" + query : ""));
		}
		else if (Boolean.TRUE.equals(request.getAttribute(DONE))) {
			page.addObject("kind", "saved");
		}
		else {
			page.addObject("kind", "form");
			page.addObject("action", path);
			page.addObject("fields", fields(sent));
			page.addObject("words", words(sent));
		}
		return page;
	}

	/** Every field the form sent, in order, but its CSRF token and any password. */
	static List<Field> fields(Map<String, String[]> parameters) {
		List<Field> fields = new ArrayList<>();
		parameters.forEach((name, values) -> {
			if (keeps(name)) {
				for (String value : values) {
					fields.add(new Field(name, value));
				}
			}
		});
		return fields;
	}

	/** What the person wrote, to show them it is not lost: the values that are words, once each. */
	static List<String> words(Map<String, String[]> parameters) {
		Set<String> words = new LinkedHashSet<>();
		parameters.forEach((name, values) -> {
			if (keeps(name) && !name.startsWith("_")) {
				for (String value : values) {
					if (value != null && !value.isBlank() && !NOT_WORDS.matcher(value.strip()).matches()) {
						words.add(value.strip());
					}
				}
			}
		});
		return List.copyOf(words);
	}

	private static boolean keeps(String name) {
		return !name.equals(CSRF_PARAMETER) && !name.toLowerCase(Locale.ROOT).contains("password");
	}

}
