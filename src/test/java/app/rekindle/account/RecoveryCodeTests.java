package app.rekindle.account;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecoveryCodeTests {

	private final SecureRandom random = new SecureRandom();

	@Test
	void aCodeIsThreeGroupsOfFourWithoutLookAlikes() {
		for (int i = 0; i < 1000; i++) {
			String code = RecoveryCode.generate(this.random);
			assertThat(code).matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}").doesNotContainPattern("[01ilouv]");
		}
	}

	@Test
	void codesDoNotRepeat() {
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			codes.add(RecoveryCode.generate(this.random));
		}
		assertThat(codes).hasSize(10_000);
	}

	@Test
	void aTypedCodeIsReadWhateverItsCaseSpacesAndDashes() {
		assertThat(RecoveryCode.normalise("7KD4-QM2X-P9HT")).contains("7kd4-qm2x-p9ht");
		assertThat(RecoveryCode.normalise(" 7kd4 qm2x p9ht ")).contains("7kd4-qm2x-p9ht");
		assertThat(RecoveryCode.normalise("7kd4qm2xp9ht")).contains("7kd4-qm2x-p9ht");
		assertThat(RecoveryCode.normalise("7kd4\u2013qm2x\u2013p9ht")).as("dashes a phone's keyboard makes").contains("7kd4-qm2x-p9ht");
	}

	@Test
	void textThatCannotBeACodeIsNoCode() {
		assertThat(RecoveryCode.normalise(null)).isEmpty();
		assertThat(RecoveryCode.normalise("")).isEmpty();
		assertThat(RecoveryCode.normalise("7kd4-qm2x")).as("too short").isEmpty();
		assertThat(RecoveryCode.normalise("7kd4-qm2x-p9h0")).as("a character no code has").isEmpty();
		assertThat(RecoveryCode.normalise("x".repeat(100))).isEmpty();
	}

	@Test
	void theHashIsSha256OfTheAccountAndTheCodeSoEqualCodesOfTwoAccountsDiffer() {
		String hash = RecoveryCode.hash(7, "7kd4-qm2x-p9ht");
		assertThat(hash).hasSize(64).isEqualTo(Sha256.hex("7:7kd4-qm2x-p9ht")).doesNotContain("7kd4");
		assertThat(RecoveryCode.hash(8, "7kd4-qm2x-p9ht")).isNotEqualTo(hash);
	}

}
