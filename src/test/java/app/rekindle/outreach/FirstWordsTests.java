package app.rekindle.outreach;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every example of {@link FirstWords} passes the pressure check with nothing flagged, exactly as
 * the words stand in the messages, with or without a planned hour in the day; and every example in the
 * messages is one the page shows, so none can be added there without being checked here.
 */
class FirstWordsTests {

	private static final PressureCheck check = PressureCheck.fromClasspath();

	private static Properties messages;

	@BeforeAll
	static void readTheMessages() throws IOException {
		messages = new Properties();
		try (Reader in = new InputStreamReader(FirstWordsTests.class.getResourceAsStream("/messages/messages.properties"),
				StandardCharsets.UTF_8)) {
			messages.load(in);
		}
	}

	static Stream<FirstWords.Example> everyExample() {
		return Stream.of(FirstWords.values()).flatMap((situation) -> situation.examples().stream());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyExample")
	void everyExamplePassesThePressureCheck(FirstWords.Example example) {
		String words = messages.getProperty(example.code());
		assertThat(words).as(example.code()).isNotBlank().doesNotContain("''").doesNotContain("{");
		assertThat(check.check(words, null)).as("what the pressure check finds in \"%s\"", words).isEmpty();
		assertThat(check.check(words, LocalTime.of(18, 30))).as("sent in the early evening").isEmpty();
	}

	@Test
	void everyExampleInTheMessagesIsOneThePageShowsAndChecks() {
		Set<String> inTheMessages = messages.stringPropertyNames()
			.stream()
			.filter((code) -> code.matches("firstWords\\.[A-Z_]+\\.example\\..*"))
			.collect(Collectors.toCollection(TreeSet::new));
		Set<String> shown = everyExample().map(FirstWords.Example::code).collect(Collectors.toCollection(TreeSet::new));
		assertThat(inTheMessages).isEqualTo(shown);
	}

	@ParameterizedTest
	@EnumSource(FirstWords.class)
	void everySituationHasItsWordsAndSeveralExamples(FirstWords situation) {
		assertThat(situation.examples()).hasSizeGreaterThanOrEqualTo(3);
		assertThat(messages.getProperty(situation.titleCode())).isNotBlank();
		assertThat(messages.getProperty(situation.aboutCode())).isNotBlank().endsWith(".");
		for (String tip : situation.tipCodes()) {
			assertThat(messages.getProperty(tip)).as(tip).isNotBlank().endsWith(".");
		}
		if (!situation.tipCodes().isEmpty()) {
			assertThat(messages.getProperty("firstWords." + situation + ".tips")).isNotBlank();
		}
	}

	@Test
	void theyWroteFirstSaysHowToAnswer() {
		assertThat(FirstWords.THEY_REACHED_OUT.tipCodes()).hasSizeGreaterThanOrEqualTo(4);
		assertThat(messages.getProperty("firstWords.THEY_REACHED_OUT.tips")).isEqualTo("How to answer");
	}

	@Test
	void aUseThisLinkNamesAnExampleByItsIdAndNothingElseIsOne() {
		assertThat(FirstWords.example("PRACTICAL-2")).contains(new FirstWords.Example(FirstWords.PRACTICAL, 2));
		for (String notOne : new String[] { null, "", "PRACTICAL-0", "PRACTICAL-99", "practical-1", "NOPE-1",
				"<script>-1" }) {
			assertThat(FirstWords.example(notOne)).as(notOne).isEmpty();
		}
		assertThat(FirstWords.inNoContact()).containsExactly(FirstWords.THEY_REACHED_OUT, FirstWords.PRACTICAL);
		assertThat(List.of(FirstWords.values())).extracting(FirstWords::anchor)
			.containsExactly("they-ended-it", "you-ended-it", "they-reached-out", "practical");
	}

}
