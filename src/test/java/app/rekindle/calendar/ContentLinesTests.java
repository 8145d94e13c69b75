package app.rekindle.calendar;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ContentLinesTests {

	@Test
	void foldsLongLinesAtSeventyFiveOctetsWithoutSplittingACharacter() {
		String value = "Ünïcødé ✓ ".repeat(20);
		String text = new ContentLines().text("SUMMARY", value).toString();

		String[] lines = text.split("\r\n");
		assertThat(lines.length).isGreaterThan(1);
		assertThat(lines).allSatisfy(
				(line) -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
		for (int i = 1; i < lines.length; i++) {
			assertThat(lines[i]).startsWith(" ");
		}
		// Unfolding (RFC 5545 §3.1) gives back exactly the line that was written.
		assertThat(text.replace("\r\n ", "")).isEqualTo("SUMMARY:" + value + "\r\n");
	}

	@Test
	void leavesShortLinesWhole() {
		assertThat(new ContentLines().begin("VEVENT").property("RRULE", "FREQ=DAILY").end("VEVENT"))
			.hasToString("BEGIN:VEVENT\r\nRRULE:FREQ=DAILY\r\nEND:VEVENT\r\n");
	}

	@Test
	void escapesTextValues() {
		assertThat(ContentLines.escape("a\\b;c,d\ne")).isEqualTo("a\\\\b\\;c\\,d\\ne");
	}

	@Test
	void quotesParameterValuesThatWouldEndTheParameter() {
		assertThat(ContentLines.parameterValue("Europe/Berlin")).isEqualTo("Europe/Berlin");
		assertThat(ContentLines.parameterValue("a:b")).isEqualTo("\"a:b\"");
	}

	@ParameterizedTest
	@CsvSource({ "3600, +0100", "-12600, -0330", "0, +0000", "3208, +005328", "45900, +1245" })
	void writesUtcOffsets(int seconds, String expected) {
		assertThat(ContentLines.offset(ZoneOffset.ofTotalSeconds(seconds))).isEqualTo(expected);
	}

}
