package app.rekindle.privacy;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.springframework.stereotype.Component;

/**
 * The way every piece of text a person writes is stored:
 * {@code @Convert(converter = EncryptedTextConverter.class)} on the field, and a column
 * in the migration wide enough for the ciphertext ({@link #columnLengthFor}).
 */
@Component
@Converter
public class EncryptedTextConverter implements AttributeConverter<String, String> {

	private final JournalTextCipher cipher;

	EncryptedTextConverter(JournalTextCipher cipher) {
		this.cipher = cipher;
	}

	@Override
	public String convertToDatabaseColumn(String plaintext) {
		return (plaintext != null) ? this.cipher.encrypt(plaintext) : null;
	}

	@Override
	public String convertToEntityAttribute(String stored) {
		return (stored != null) ? this.cipher.decrypt(stored) : null;
	}

	/**
	 * The column length that holds {@code maxChars} characters of any script once encrypted: up to
	 * four UTF-8 bytes a character, nonce and tag, Base64, and the prefix.
	 */
	public static int columnLengthFor(int maxChars) {
		int bytes = maxChars * 4 + 12 + 16;
		return 4 * ((bytes + 2) / 3) + 40;
	}

}
