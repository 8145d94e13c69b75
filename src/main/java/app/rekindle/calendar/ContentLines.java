package app.rekindle.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * iCalendar text (RFC 5545 §3.1): content lines ended by CRLF and folded so that no line is longer
 * than 75 octets, with TEXT values escaped and the value formats the feed uses.
 */
final class ContentLines {

	private static final int MAX_OCTETS = 75;

	private static final String CRLF = "\r\n";

	private static final DateTimeFormatter LOCAL_DATE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");

	private static final DateTimeFormatter UTC_DATE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private final StringBuilder text = new StringBuilder();

	ContentLines begin(String component) {
		return line("BEGIN:" + component);
	}

	ContentLines end(String component) {
		return line("END:" + component);
	}

	/** A property whose value is already in its iCalendar form (a date, a rule, an offset). */
	ContentLines property(String nameAndParameters, String value) {
		return line(nameAndParameters + ":" + value);
	}

	/** A property of type TEXT, escaped. */
	ContentLines text(String name, String value) {
		return property(name, escape(value));
	}

	@Override
	public String toString() {
		return this.text.toString();
	}

	/** Folds after at most 75 octets, never inside a character; a continuation starts with a space. */
	private ContentLines line(String line) {
		int octets = 0;
		for (int i = 0; i < line.length();) {
			int codePoint = line.codePointAt(i);
			int length = utf8Length(codePoint);
			if (octets + length > MAX_OCTETS) {
				this.text.append(CRLF).append(' ');
				octets = 1;
			}
			this.text.appendCodePoint(codePoint);
			octets += length;
			i += Character.charCount(codePoint);
		}
		this.text.append(CRLF);
		return this;
	}

	static String escape(String value) {
		return value.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\\n")
			.replace("\n", "\\n")
			.replace("\r", "\\n");
	}

	/** A parameter value, quoted when it holds a character that would end it (RFC 5545 §3.2). */
	static String parameterValue(String value) {
		if (value.indexOf('"') >= 0) {
			throw new IllegalArgumentException("A parameter value cannot hold a double quote");
		}
		boolean quote = value.chars().anyMatch((c) -> c == ':' || c == ';' || c == ',');
		return quote ? '"' + value + '"' : value;
	}

	static String date(LocalDate date) {
		return DateTimeFormatter.BASIC_ISO_DATE.format(date);
	}

	static String localDateTime(LocalDateTime dateTime) {
		return LOCAL_DATE_TIME.format(dateTime);
	}

	static String utc(Instant instant) {
		return UTC_DATE_TIME.format(instant);
	}

	/** "+0100", "-0330", or with seconds ("+005328") for the odd historical offset. */
	static String offset(ZoneOffset offset) {
		int total = offset.getTotalSeconds();
		int abs = Math.abs(total);
		String hhmm = String.format("%c%02d%02d", (total < 0) ? '-' : '+', abs / 3600, (abs / 60) % 60);
		return (abs % 60 == 0) ? hhmm : hhmm + String.format("%02d", abs % 60);
	}

	private static int utf8Length(int codePoint) {
		if (codePoint < 0x80) {
			return 1;
		}
		if (codePoint < 0x800) {
			return 2;
		}
		return (codePoint < 0x10000) ? 3 : 4;
	}

}
