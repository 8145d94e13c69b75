package app.rekindle.journey;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Compares nicknames the way a person means them: "Zoë", "zoe", " ZOE " and "Zoe" with a
 * combining diaeresis are one name. Used only in memory, on decrypted nicknames; nothing derived
 * from a nickname is stored.
 */
final class Nicknames {

	/**
	 * What is dropped after decomposition: combining marks (accents), every kind of space, and
	 * invisible format characters (zero-width spaces and joiners, soft hyphens, direction marks).
	 */
	private static final Pattern IGNORED = Pattern.compile("[\\p{M}\\p{Z}\\s\\p{Cf}]+");

	private Nicknames() {
	}

	/**
	 * The nickname decomposed (NFKD: the canonical decomposition of NFD, plus compatibility forms,
	 * so full-width "ＺＯＥ" and ligatures read as their plain letters), without marks or spaces,
	 * and case-folded (upper then lower case, so "ß" and "SS" meet, as do the Greek sigmas).
	 */
	static String normalise(String nickname) {
		if (nickname == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(nickname, Normalizer.Form.NFKD);
		String bare = IGNORED.matcher(decomposed).replaceAll("");
		return bare.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
	}

	/** Whether two nicknames name the same person as far as a name can tell; a blank one names no one. */
	static boolean same(String one, String other) {
		String normalised = normalise(one);
		return !normalised.isEmpty() && normalised.equals(normalise(other));
	}

}
