package app.rekindle.journey;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class NicknamesTests {

	@ParameterizedTest(name = "[{0}]")
	@ValueSource(strings = { "Zoë", "zoe", " ZOE ", "Zoe\u0308", "Z\u00d6E", "z o e", "\tZoe\n", "Zo\u00e9",
			"\uff3a\uff4f\uff45", "Zo\u200be", "\u00a0zoë\u2003" })
	void ignoresCaseSpacingAndAccents(String variant) {
		assertThat(Nicknames.normalise(variant)).isEqualTo("zoe");
		assertThat(Nicknames.same(variant, "Zoë")).isTrue();
	}

	@ParameterizedTest(name = "[{0}] and [{1}]")
	@CsvSource({ "Straße, STRASSE", "Mary Ann, maryann", "ÅSA, asa", "José, JOSE", "İlker, ilker", "Σοφία, ΣΟΦΙΑ",
			"ŁUKASZ, łukasz" })
	void foldsWhatAPersonWouldCallTheSameName(String one, String other) {
		assertThat(Nicknames.same(one, other)).isTrue();
	}

	@ParameterizedTest(name = "[{0}] and [{1}]")
	@CsvSource({ "Zoe, Zoey", "Sam, Sami", "Jo, J.", "Anna, Hanna", "Sam, S" })
	void keepsDifferentNamesApart(String one, String other) {
		assertThat(Nicknames.same(one, other)).isFalse();
	}

	@ParameterizedTest(name = "[{0}]")
	@ValueSource(strings = { "", " ", "\u0308", "\u200b" })
	void aBlankNameMatchesNothing(String blank) {
		assertThat(Nicknames.same(blank, blank)).isFalse();
		assertThat(Nicknames.same(blank, "")).isFalse();
	}

}
