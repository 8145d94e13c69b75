package app.rekindle.history;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds words in decrypted text, ignoring case in any script, and cuts a snippet around the first
 * match. Journal text is encrypted at rest, so this runs on the account's own entries in memory.
 */
final class TextSearch {

	static final int MAX_QUERY_LENGTH = 100;

	private static final int CONTEXT = 120;

	private final Pattern pattern;

	private TextSearch(Pattern pattern) {
		this.pattern = pattern;
	}

	static TextSearch of(String query) {
		return new TextSearch(Pattern.compile(Pattern.quote(query.strip()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
	}

	boolean matches(String text) {
		return text != null && this.pattern.matcher(text).find();
	}

	/** The text around the first match, with every match in it marked. */
	List<SearchHit.Part> snippet(String text) {
		Matcher first = this.pattern.matcher(text);
		if (!first.find()) {
			return List.of(new SearchHit.Part(text, false));
		}
		int start = Math.max(0, first.start() - CONTEXT);
		int end = Math.min(text.length(), first.end() + CONTEXT);
		start = safeBoundary(text, start);
		end = safeBoundary(text, end);
		String window = text.substring(start, end);
		List<SearchHit.Part> parts = new ArrayList<>();
		if (start > 0) {
			parts.add(new SearchHit.Part("… ", false));
		}
		Matcher matcher = this.pattern.matcher(window);
		int last = 0;
		while (matcher.find()) {
			if (matcher.start() > last) {
				parts.add(new SearchHit.Part(window.substring(last, matcher.start()), false));
			}
			parts.add(new SearchHit.Part(matcher.group(), true));
			last = matcher.end();
		}
		if (last < window.length()) {
			parts.add(new SearchHit.Part(window.substring(last), false));
		}
		if (end < text.length()) {
			parts.add(new SearchHit.Part(" …", false));
		}
		return parts;
	}

	/** Never cuts a character that takes two UTF-16 units (an emoji, say) in half. */
	private static int safeBoundary(String text, int index) {
		if (index > 0 && index < text.length() && Character.isLowSurrogate(text.charAt(index))) {
			return index - 1;
		}
		return index;
	}

}
