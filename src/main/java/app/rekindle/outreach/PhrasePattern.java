package app.rekindle.outreach;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a phrase from the phrase file into a pattern that finds it the many ways people type it:
 * in any case, with any run of spaces or line breaks between the words, with straight, curly or
 * missing apostrophes ("can't", "can’t", "cant"), with or without a comma, and only as whole words,
 * so "love you" is not found in "glove you" and "try again" is not found in "retry again".
 */
final class PhrasePattern {

	private static final String NOT_AFTER_A_WORD = "(?<![\\p{L}\\p{M}\\p{N}_])";

	private static final String NOT_BEFORE_A_WORD = "(?![\\p{L}\\p{M}\\p{N}_])";

	private static final String SPACE = "[\\s\\p{Z}]+";

	private static final String APOSTROPHES = "'’‘ʼ´`＇";

	private static final String ANY_APOSTROPHE = "[" + APOSTROPHES + "]?";

	private PhrasePattern() {
	}

	/** The phrase as the file lists it: lower case, single spaces, straight apostrophes. */
	static String normalise(String phrase) {
		String spaced = phrase.strip().replaceAll(SPACE, " ").toLowerCase(Locale.ROOT);
		StringBuilder normal = new StringBuilder(spaced.length());
		spaced.codePoints().map((c) -> isApostrophe(c) ? '\'' : c).forEach(normal::appendCodePoint);
		return normal.toString();
	}

	/** A pattern for a phrase already {@link #normalise normalised}. */
	static Pattern compile(String phrase) {
		StringBuilder regex = new StringBuilder();
		if (isWordCharacter(phrase.codePointAt(0))) {
			regex.append(NOT_AFTER_A_WORD);
		}
		StringBuilder literal = new StringBuilder();
		phrase.codePoints().forEach((c) -> {
			String flexible = (c == ' ') ? SPACE : (c == '\'') ? ANY_APOSTROPHE : (c == ',') ? ",?" : null;
			if (flexible == null) {
				literal.appendCodePoint(c);
				return;
			}
			appendQuoted(regex, literal);
			regex.append(flexible);
		});
		appendQuoted(regex, literal);
		if (isWordCharacter(phrase.codePointBefore(phrase.length()))) {
			regex.append(NOT_BEFORE_A_WORD);
		}
		return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	private static void appendQuoted(StringBuilder regex, StringBuilder literal) {
		if (!literal.isEmpty()) {
			regex.append(Pattern.quote(literal.toString()));
			literal.setLength(0);
		}
	}

	private static boolean isApostrophe(int c) {
		return APOSTROPHES.indexOf(c) >= 0;
	}

	private static boolean isWordCharacter(int c) {
		return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
				|| Character.getType(c) == Character.COMBINING_SPACING_MARK || c == '_';
	}

}
