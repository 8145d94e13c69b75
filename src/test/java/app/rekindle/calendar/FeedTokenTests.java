package app.rekindle.calendar;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class FeedTokenTests {

	@Test
	void makesThirtyTwoRandomBytesInBase64UrlWithoutPadding() {
		SecureRandom random = new SecureRandom();
		Set<String> tokens = new HashSet<>();
		for (int i = 0; i < 200; i++) {
			String token = FeedToken.generate(random);
			assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
			assertThat(java.util.Base64.getUrlDecoder().decode(token)).hasSize(32);
			assertThat(FeedToken.isWellFormed(token)).isTrue();
			tokens.add(token);
		}
		assertThat(tokens).hasSize(200);
	}

	@Test
	void hashesWithSha256InHex() {
		assertThat(FeedToken.hash("abc"))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "short", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
			"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" })
	void refusesAnythingElseBeforeLookingItUp(String token) {
		assertThat(FeedToken.isWellFormed(token)).isFalse();
	}

}
