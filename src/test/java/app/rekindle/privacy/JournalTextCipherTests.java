package app.rekindle.privacy;

import java.security.SecureRandom;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class JournalTextCipherTests {

	private static final String NOTE = "I still check their profile at 2 a.m. and I hate that I do.";

	private final String k1 = randomKey();

	private final String k2 = randomKey();

	@ParameterizedTest
	@ValueSource(strings = { "", "short", NOTE, "Ünïcødé ✓ 😢 שלום ‮reversed", "multi\nline\ttext" })
	void readsBackWhatItWrote(String text) {
		JournalTextCipher cipher = cipher("k1:" + this.k1, null);
		assertThat(cipher.decrypt(cipher.encrypt(text))).isEqualTo(text);
	}

	@Test
	void storesNoPlaintextAndNamesItsKey() {
		String stored = cipher("k1:" + this.k1, null).encrypt(NOTE);
		assertThat(stored).startsWith("v1:k1:").doesNotContain("profile").doesNotContain(NOTE);
	}

	@Test
	void usesAFreshNonceForEveryValue() {
		JournalTextCipher cipher = cipher("k1:" + this.k1, null);
		assertThat(cipher.encrypt(NOTE)).isNotEqualTo(cipher.encrypt(NOTE));
	}

	@Test
	void failsLoudlyWithTheWrongKeyUnderTheSameId() {
		String stored = cipher("k1:" + this.k1, null).encrypt(NOTE);
		assertThatExceptionOfType(JournalTextDecryptionException.class)
			.isThrownBy(() -> cipher("k1:" + this.k2, null).decrypt(stored))
			.withMessageContaining("key 'k1'")
			.withMessageNotContaining(this.k1)
			.withMessageNotContaining(this.k2);
	}

	@Test
	void failsLoudlyWhenTheKeyIsNotConfigured() {
		String stored = cipher("k1:" + this.k1, null).encrypt(NOTE);
		assertThatExceptionOfType(JournalTextDecryptionException.class)
			.isThrownBy(() -> cipher("k2:" + this.k2, null).decrypt(stored))
			.withMessageContaining("'k1', which is not configured");
	}

	@Test
	void failsLoudlyWhenTheStoredValueWasAltered() {
		JournalTextCipher cipher = cipher("k1:" + this.k1, null);
		String stored = cipher.encrypt(NOTE);
		byte[] bytes = Base64.getDecoder().decode(stored.substring("v1:k1:".length()));
		bytes[bytes.length - 20] ^= 1;
		String altered = "v1:k1:" + Base64.getEncoder().encodeToString(bytes);
		assertThatExceptionOfType(JournalTextDecryptionException.class).isThrownBy(() -> cipher.decrypt(altered));
		assertThatExceptionOfType(JournalTextDecryptionException.class)
			.isThrownBy(() -> cipher.decrypt("v1:k1:AAAA"));
		assertThatExceptionOfType(JournalTextDecryptionException.class).isThrownBy(() -> cipher.decrypt(NOTE));
	}

	@Test
	void relabellingAValueWithAnotherKeyIdFailsInsteadOfMisreading() {
		JournalTextCipher both = cipher("k1:" + this.k1 + ",k2:" + this.k1, "k1");
		String stored = both.encrypt(NOTE);
		assertThatExceptionOfType(JournalTextDecryptionException.class)
			.isThrownBy(() -> both.decrypt(stored.replace("v1:k1:", "v1:k2:")));
	}

	@Test
	void keepsReadingOldValuesAfterANewKeyBecomesActive() {
		String old = cipher("k1:" + this.k1, null).encrypt(NOTE);
		JournalTextCipher rotated = cipher("k2:" + this.k2 + ",k1:" + this.k1, "k2");
		assertThat(rotated.decrypt(old)).isEqualTo(NOTE);
		assertThat(rotated.encrypt(NOTE)).startsWith("v1:k2:");
	}

	@Test
	void refusesKeysThatAreNotAes256WithoutPrintingThem() {
		String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
		assertThatIllegalStateException().isThrownBy(() -> KeyRing.parse("k1:" + shortKey, null))
			.withMessageContaining("must be 32 bytes")
			.withMessageNotContaining(shortKey);
		assertThatIllegalStateException().isThrownBy(() -> KeyRing.parse("k1:not base64!", null))
			.withMessageContaining("not valid Base64");
		assertThatIllegalStateException().isThrownBy(() -> KeyRing.parse("no-colon", null))
			.withMessageContaining("id:base64-key");
		assertThatIllegalStateException().isThrownBy(() -> KeyRing.parse("k1:" + this.k1, "k9"))
			.withMessageContaining("'k9' is not one of the ids");
		assertThatIllegalStateException().isThrownBy(() -> KeyRing.parse("k1:" + this.k1 + ",k1:" + this.k2, null))
			.withMessageContaining("appears twice");
		assertThatIllegalStateException().isThrownBy(() -> KeyRing.parse("bad id!:" + this.k1, null))
			.withMessageContaining("must be 1 to 32 letters");
	}

	private static JournalTextCipher cipher(String keys, String active) {
		return new JournalTextCipher(KeyRing.parse(keys, active));
	}

	private static String randomKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

}
