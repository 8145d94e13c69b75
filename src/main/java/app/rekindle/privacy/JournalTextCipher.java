package app.rekindle.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM for journal text. A stored value reads {@code v1:<key id>:<base64 of nonce and
 * ciphertext>}; the nonce is random for every value, and the version and key id are bound to the
 * ciphertext as associated data, so relabelling a value makes it fail rather than mis-decrypt.
 */
public class JournalTextCipher {

	private static final String FORMAT = "v1";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final KeyRing keys;

	private final SecureRandom random = new SecureRandom();

	JournalTextCipher(KeyRing keys) {
		this.keys = keys;
	}

	public String encrypt(String plaintext) {
		String keyId = this.keys.activeKeyId();
		byte[] nonce = new byte[NONCE_BYTES];
		this.random.nextBytes(nonce);
		try {
			Cipher cipher = cipher(Cipher.ENCRYPT_MODE, this.keys.activeKey(), nonce, keyId);
			byte[] ciphertext = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
			byte[] stored = new byte[NONCE_BYTES + ciphertext.length];
			System.arraycopy(nonce, 0, stored, 0, NONCE_BYTES);
			System.arraycopy(ciphertext, 0, stored, NONCE_BYTES, ciphertext.length);
			return FORMAT + ":" + keyId + ":" + Base64.getEncoder().encodeToString(stored);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Journal text could not be encrypted", ex);
		}
	}

	public String decrypt(String stored) {
		String[] parts = stored.split(":", 3);
		if (parts.length != 3 || !FORMAT.equals(parts[0])) {
			throw new JournalTextDecryptionException("Stored journal text is not in the " + FORMAT + " format");
		}
		String keyId = parts[1];
		SecretKey key = this.keys.key(keyId);
		try {
			byte[] bytes = Base64.getDecoder().decode(parts[2]);
			if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
				throw new JournalTextDecryptionException("Stored journal text is truncated");
			}
			byte[] nonce = java.util.Arrays.copyOfRange(bytes, 0, NONCE_BYTES);
			Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, nonce, keyId);
			byte[] plaintext = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
			return new String(plaintext, StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new JournalTextDecryptionException("Journal text could not be decrypted with key '" + keyId
					+ "': the key is wrong or the stored value was altered", ex);
		}
	}

	private static Cipher cipher(int mode, SecretKey key, byte[] nonce, String keyId)
			throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
		cipher.updateAAD((FORMAT + ":" + keyId).getBytes(StandardCharsets.UTF_8));
		return cipher;
	}

}
