package app.rekindle.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * Builds the Markdown document. Headings, lines and bullets take our own words (with any of the
 * person's words passed through {@link #inline}); {@link #userText} takes what they wrote, whole.
 * Dates are written out, and times are in the account's own zone.
 */
final class MarkdownWriter {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm",
			Locale.ENGLISH);

	private final StringBuilder out = new StringBuilder();

	private final MessageSource messages;

	private final ZoneId zone;

	MarkdownWriter(MessageSource messages, ZoneId zone) {
		this.messages = messages;
		this.zone = zone;
	}

	static String inline(String userText) {
		return MarkdownText.inline(userText);
	}

	MarkdownWriter heading(int level, String text) {
		return paragraph("#".repeat(level) + " " + text);
	}

	/** A paragraph of our own words. */
	MarkdownWriter line(String text) {
		return paragraph(text);
	}

	MarkdownWriter bullet(String text) {
		if (!this.out.isEmpty() && !endsWithBullet()) {
			this.out.append('\n');
		}
		this.out.append("- ").append(text).append('\n');
		return this;
	}

	/** What the person wrote, as paragraphs of its own; nothing when they left it empty. */
	MarkdownWriter userText(String text) {
		String block = MarkdownText.block(text);
		return block.isEmpty() ? this : paragraph(block);
	}

	/**
	 * A label from the messages, such as {@code stage.REFLECTION}, or the code itself if there is
	 * none; escaped like any text, so a label can never change the document's structure either.
	 */
	String label(String code) {
		return MarkdownText.inline(this.messages.getMessage(code, null, code, Locale.ENGLISH));
	}

	/** A count in its singular or plural form, such as {@code count.weeks} for 1: "1 week". */
	String count(String code, int count) {
		return MarkdownText.inline(this.messages.getMessage(code, new Object[] { count }, Locale.ENGLISH));
	}

	String label(String prefix, String name) {
		return (name != null) ? label(prefix + name) : "";
	}

	String date(LocalDate date) {
		return DATE.format(date);
	}

	String time(Instant instant) {
		return DATE_TIME.format(instant.atZone(this.zone));
	}

	@Override
	public String toString() {
		return this.out.toString();
	}

	private MarkdownWriter paragraph(String text) {
		if (!this.out.isEmpty()) {
			this.out.append('\n');
		}
		this.out.append(text).append('\n');
		return this;
	}

	private boolean endsWithBullet() {
		int lineStart = this.out.lastIndexOf("\n", this.out.length() - 2) + 1;
		return this.out.indexOf("- ", lineStart) == lineStart;
	}

}
