package app.rekindle.history.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/** Number and name formatting shared by the charts. */
final class Svg {

	private static final Pattern TOKEN = Pattern.compile("[a-z][a-z0-9-]*");

	private Svg() {
	}

	/**
	 * One decimal is finer than a screen pixel at any size the page shows. Written with a dot whatever
	 * the default locale (a German one would write "12,5" and break the SVG), rounded half up as
	 * {@code String.format("%.1f")} does, without its cost (docs/PERFORMANCE.md).
	 */
	static String number(double value) {
		return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
	}

	/** The modifier becomes part of a class name and of element ids, so it must be safe in both. */
	static String requireToken(String token) {
		if (token == null || !TOKEN.matcher(token).matches()) {
			throw new IllegalArgumentException("Not a lower-case CSS token: " + token);
		}
		return token;
	}

}
