package app.rekindle.export;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes text a person wrote safe to place in a Markdown document: it reads as the same words and
 * can never start a heading, a quote, a list, a code block, a table, a link or HTML. Characters
 * with a meaning anywhere in a line are escaped everywhere; those that only mean something at the
 * start of a line are escaped there. Line breaks are kept as hard breaks, blank lines as paragraphs.
 */
final class MarkdownText {

	/** Characters that are Markdown (or GitHub Markdown) syntax wherever they stand. */
	private static final String ANYWHERE = "\\`*_[]<#|~";

	/** What a line may not start with: a quote, a bullet, a setext underline, a numbered list item. */
	private static final Pattern LINE_START = Pattern.compile("^(?:([>+=-])|(\\d{1,9})([.)]))");

	/** An HTML entity such as {@code &amp;}, which Markdown would turn into its character. */
	private static final Pattern ENTITY = Pattern.compile("&(?=#?[A-Za-z0-9]+;)");

	private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n");

	private MarkdownText() {
	}

	/** Text for the middle of a line (a heading, a label): line breaks become spaces. */
	static String inline(String text) {
		if (text == null) {
			return "";
		}
		return escapeLine(LINE_BREAK.matcher(text).replaceAll(" ").strip());
	}

	/**
	 * Text as paragraphs of its own, every line break kept. Leading spaces are dropped: four of them
	 * would turn a line into code. Returns an empty string for empty text.
	 */
	static String block(String text) {
		if (text == null || text.isBlank()) {
			return "";
		}
		StringBuilder out = new StringBuilder();
		boolean inParagraph = false;
		for (String line : LINE_BREAK.split(text.strip(), -1)) {
			String escaped = escapeLine(line.strip());
			if (escaped.isEmpty()) {
				inParagraph = false;
				continue;
			}
			if (inParagraph) {
				out.append("\\\n");
			}
			else if (out.length() > 0) {
				out.append("\n\n");
			}
			out.append(escaped);
			inParagraph = true;
		}
		return out.toString();
	}

	private static String escapeLine(String line) {
		StringBuilder out = new StringBuilder(line.length() + 8);
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (ANYWHERE.indexOf(c) >= 0) {
				out.append('\\');
			}
			out.append(c);
		}
		String escaped = ENTITY.matcher(out).replaceAll("\\\\&");
		Matcher start = LINE_START.matcher(escaped);
		if (start.find()) {
			return (start.group(1) != null) ? "\\" + escaped
					: start.group(2) + "\\" + start.group(3) + escaped.substring(start.end());
		}
		return escaped;
	}

}
