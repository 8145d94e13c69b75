package app.rekindle.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Test-only entity with one encrypted column (table from db/test-migration). */
@Entity
@Table(name = "encrypted_text_probe")
class EncryptedTextProbe {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	@Convert(converter = EncryptedTextConverter.class)
	@Column(length = 8200)
	String body;

	protected EncryptedTextProbe() {
	}

	EncryptedTextProbe(String body) {
		this.body = body;
	}

}
