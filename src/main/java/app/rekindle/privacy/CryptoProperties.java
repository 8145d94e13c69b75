package app.rekindle.privacy;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Keys for journal text.
 *
 * @param keys comma-separated {@code id:base64} entries, each key 32 random bytes; empty in development
 * @param activeKeyId the key new text is written with; the first entry when empty
 * @param developmentKeyFile where a development key is generated and kept when no keys are configured
 */
@ConfigurationProperties("rekindle.crypto")
record CryptoProperties(String keys, String activeKeyId, Path developmentKeyFile) {

	boolean hasConfiguredKeys() {
		return this.keys != null && !this.keys.isBlank();
	}

}
