package app.rekindle.privacy;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys journal text can be read with, and the one it is written with. Every stored value
 * names its key, so a new key can become active while old values stay readable.
 */
final class KeyRing {

	static final int KEY_BYTES = 32;

	private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");

	private final Map<String, SecretKey> keys;

	private final String activeKeyId;

	private KeyRing(Map<String, SecretKey> keys, String activeKeyId) {
		this.keys = Map.copyOf(keys);
		this.activeKeyId = activeKeyId;
	}

	/**
	 * Parses {@code id:base64[,id:base64…]}. Fails with a message that names the problem but
	 * never the key material.
	 */
	static KeyRing parse(String entries, String activeKeyId) {
		Map<String, SecretKey> keys = new LinkedHashMap<>();
		for (String entry : entries.split(",")) {
			String trimmed = entry.strip();
			if (trimmed.isEmpty()) {
				continue;
			}
			int colon = trimmed.indexOf(':');
			if (colon < 0) {
				throw new IllegalStateException(
						"rekindle.crypto.keys: each entry must look like id:base64-key, but one has no ':'");
			}
			String id = trimmed.substring(0, colon);
			if (!KEY_ID.matcher(id).matches()) {
				throw new IllegalStateException("rekindle.crypto.keys: key id '" + id
						+ "' must be 1 to 32 letters, digits, '-' or '_'");
			}
			if (keys.put(id, decodeKey(id, trimmed.substring(colon + 1))) != null) {
				throw new IllegalStateException("rekindle.crypto.keys: key id '" + id + "' appears twice");
			}
		}
		if (keys.isEmpty()) {
			throw new IllegalStateException("rekindle.crypto.keys holds no key");
		}
		String active = (activeKeyId == null || activeKeyId.isBlank()) ? keys.keySet().iterator().next()
				: activeKeyId.strip();
		if (!keys.containsKey(active)) {
			throw new IllegalStateException("rekindle.crypto.active-key-id '" + active
					+ "' is not one of the ids in rekindle.crypto.keys " + keys.keySet());
		}
		return new KeyRing(keys, active);
	}

	private static SecretKey decodeKey(String id, String base64) {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(base64.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("rekindle.crypto.keys: key '" + id + "' is not valid Base64");
		}
		if (bytes.length != KEY_BYTES) {
			throw new IllegalStateException("rekindle.crypto.keys: key '" + id + "' must be " + KEY_BYTES
					+ " bytes (AES-256), but is " + bytes.length);
		}
		return new SecretKeySpec(bytes, "AES");
	}

	String activeKeyId() {
		return this.activeKeyId;
	}

	SecretKey activeKey() {
		return this.keys.get(this.activeKeyId);
	}

	SecretKey key(String id) {
		SecretKey key = this.keys.get(id);
		if (key == null) {
			throw new JournalTextDecryptionException("Journal text was written with key '" + id
					+ "', which is not configured (rekindle.crypto.keys)");
		}
		return key;
	}

}
