package app.rekindle.privacy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EncryptionConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(EncryptionConfiguration.class);

	@Bean
	JournalTextCipher journalTextCipher(CryptoProperties properties) {
		return new JournalTextCipher(keyRing(properties));
	}

	private static KeyRing keyRing(CryptoProperties properties) {
		if (properties.hasConfiguredKeys()) {
			return KeyRing.parse(properties.keys(), properties.activeKeyId());
		}
		if (properties.developmentKeyFile() == null) {
			throw new IllegalStateException(
					"No journal text key: set REKINDLE_CRYPTO_KEYS (rekindle.crypto.keys) or rekindle.crypto.development-key-file");
		}
		logger.warn("Journal text is encrypted with the development key in {}. Production must set REKINDLE_CRYPTO_KEYS.",
				properties.developmentKeyFile().toAbsolutePath());
		return KeyRing.parse(DevelopmentKeyFile.readOrCreate(properties.developmentKeyFile()), null);
	}

}
