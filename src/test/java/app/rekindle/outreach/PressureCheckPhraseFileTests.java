package app.rekindle.outreach;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The phrase file's format, the file shipped with the app, and the words shown for each rule. */
class PressureCheckPhraseFileTests {

	private static final PressureCheck check = PressureCheck.fromClasspath();

	private static final String ALL_SECTIONS = """
			[BACK_TOGETHER]
			get back together
			[MISS_OR_LOVE]
			i miss you
			[GUILT_OR_BLAME]
			you owe me
			[ULTIMATUM]
			or else
			[DATING_LIFE]
			are you single
			""";

	static Stream<Arguments> shippedPhrases() throws IOException {
		return shipped().values().stream()
			.flatMap((section) -> section.phrases().stream().map((phrase) -> Arguments.of(section.rule(), phrase.text())));
	}

	@ParameterizedTest
	@MethodSource("shippedPhrases")
	void flagsEveryShippedPhraseInASentenceDespiteTheExceptions(PressureRule rule, String phrase) {
		assertThat(check.check("Well. " + phrase + " and that is that", null))
			.extracting(PressureFinding::rule)
			.contains(rule);
	}

	@ParameterizedTest
	@EnumSource(PressureRule.class)
	void givesEveryRuleAReasonAndAGentlerIdea(PressureRule rule) throws IOException {
		Properties messages = new Properties();
		try (Reader in = new InputStreamReader(getClass().getResourceAsStream("/messages/messages.properties"),
				StandardCharsets.UTF_8)) {
			messages.load(in);
		}
		assertThat(messages.getProperty("pressure." + rule + ".reason")).isNotBlank().endsWith(".");
		assertThat(messages.getProperty("pressure." + rule + ".idea")).isNotBlank().endsWith(".");
	}

	@Test
	void readsCommentsBlankLinesExceptionsAndAByteOrderMark() throws IOException {
		PressureCheck check = PressureCheck.from(new StringReader("\uFEFF# phrases\n\n" + ALL_SECTIONS
				+ "  # an indented comment\n   new   girlfriend  \n! are you single yet\n"), "test");
		assertThat(check.check("Got a new girlfriend", null)).extracting(PressureFinding::excerpt)
			.containsExactly("new girlfriend");
		assertThat(check.check("are you single yet", null)).isEmpty();
		assertThat(check.check("are you single", null)).extracting(PressureFinding::rule)
			.containsExactly(PressureRule.DATING_LIFE);
	}

	@Test
	void matchesPhrasesBeyondAsciiWhateverTheirCase() throws IOException {
		PressureCheck check = PressureCheck.from(new StringReader(ALL_SECTIONS + "ты мне нужна\nÇA VA ÊTRE\n"), "test");
		assertThat(check.check("Ты мне НУЖНА.", null)).extracting(PressureFinding::excerpt)
			.containsExactly("Ты мне НУЖНА");
		assertThat(check.check("ça va être", null)).extracting(PressureFinding::excerpt).containsExactly("ça va être");
		assertThat(check.check("ça va êtres", null)).isEmpty();
	}

	static Stream<Arguments> malformedFiles() {
		return Stream.of(
				Arguments.of(ALL_SECTIONS + "[MISS_YOU]\nmiss you\n", "test line 11: unknown section [MISS_YOU]"),
				Arguments.of("i miss you\n" + ALL_SECTIONS, "test line 1: \"i miss you\" comes before any section"),
				Arguments.of(ALL_SECTIONS + "[ULTIMATUM\n", "test line 11: \"[ULTIMATUM\" looks like a section"),
				Arguments.of(ALL_SECTIONS + "[TOO_LONG]\n", "test line 11: [TOO_LONG] is found by counting"),
				Arguments.of(ALL_SECTIONS + "[ULTIMATUM]\nnow or never\n", "test line 11: [ULTIMATUM] appears twice"),
				Arguments.of(ALL_SECTIONS + "Are  You Single\n", "test line 11: \"are you single\" is listed twice"),
				Arguments.of(ALL_SECTIONS + "!\n", "test line 11: \"!\" has no words to look for"),
				Arguments.of(ALL_SECTIONS + "! if you don't mind\n", "test line 11: the exception \"if you don't mind\""
						+ " contains no phrase of [DATING_LIFE]"),
				Arguments.of(ALL_SECTIONS.replace("or else\n", ""), "test: [ULTIMATUM] has no phrases"),
				Arguments.of(ALL_SECTIONS.replace("[MISS_OR_LOVE]\ni miss you\n", ""), "test: [MISS_OR_LOVE] has no phrases"),
				Arguments.of("", "test: [BACK_TOGETHER] has no phrases"));
	}

	@ParameterizedTest
	@MethodSource("malformedFiles")
	void refusesAMalformedFileNamingTheLineAndTheProblem(String file, String message) {
		assertThatIllegalStateException().isThrownBy(() -> PressureCheck.from(new StringReader(file), "test"))
			.withMessageStartingWith(message);
	}

	@Test
	void refusesToStartWithoutItsPhrases() {
		assertThatIllegalStateException().isThrownBy(() -> PressureCheck.fromClasspath("/outreach/no-such-file.txt"))
			.withMessage("The pressure check's phrases /outreach/no-such-file.txt are missing from the classpath");
	}

	private static Map<PressureRule, PhraseFile.Section> shipped() throws IOException {
		try (Reader in = new InputStreamReader(PressureCheck.class.getResourceAsStream(PressureCheck.PHRASES),
				StandardCharsets.UTF_8)) {
			return PhraseFile.parse(in, PressureCheck.PHRASES);
		}
	}

}
