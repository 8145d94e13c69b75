package app.rekindle.history.chart;

import java.util.Locale;
import java.util.regex.Pattern;

/** Number and name formatting shared by the charts. */
final class Svg {

	private static final Pattern TOKEN = Pattern.compile("[a-z][a-z0-9-]*");

	private Svg() {
	}

	/**
	 * One decimal is finer than a screen pixel at any size the page shows; {@code Locale.ROOT} keeps
	 * the dot, since a German default would write "12,5" and break the SVG.
	 */
	static String number(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	/** The modifier becomes part of a class name and of element ids, so it must be safe in both. */
	static String requireToken(String token) {
		if (token == null || !TOKEN.matcher(token).matches()) {
			throw new IllegalArgumentException("Not a lower-case CSS token: " + token);
		}
		return token;
	}

}
