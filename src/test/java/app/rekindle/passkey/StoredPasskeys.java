package app.rekindle.passkey;

import java.time.Clock;
import java.util.Set;

import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Component;

import app.rekindle.privacy.JournalTextCipher;

/**
 * Puts a passkey in the stores as Spring Security would after a device made one, without a device:
 * for tests of the account page's list and removal. Its key signs nothing; the browser test makes
 * real ones with Chromium's virtual authenticator.
 */
@Component
public class StoredPasskeys {

	private final PublicKeyCredentialUserEntityRepository userEntities;

	private final UserCredentialRepository credentials;

	private final JournalTextCipher cipher;

	private final Clock clock;

	StoredPasskeys(PublicKeyCredentialUserEntityRepository userEntities, UserCredentialRepository credentials,
			JournalTextCipher cipher, Clock clock) {
		this.userEntities = userEntities;
		this.credentials = credentials;
		this.cipher = cipher;
		this.clock = clock;
	}

	/** Stores a passkey named {@code name} for the account with this email; returns its id. */
	public String store(String email, String name) {
		PublicKeyCredentialUserEntity owner = this.userEntities.findByUsername(email);
		if (owner == null) {
			owner = ImmutablePublicKeyCredentialUserEntity.builder().id(Bytes.random()).name(email).displayName(email).build();
			this.userEntities.save(owner);
		}
		Bytes id = Bytes.random();
		this.credentials.save(ImmutableCredentialRecord.builder()
			.credentialId(id)
			.userEntityUserId(owner.getId())
			.publicKey(new ImmutablePublicKeyCose(new byte[] { 1, 2, 3 }))
			.signatureCount(0)
			.uvInitialized(true)
			.backupEligible(false)
			.backupState(false)
			.credentialType(PublicKeyCredentialType.PUBLIC_KEY)
			.transports(Set.of())
			.attestationObject(new Bytes(new byte[] { 4, 5, 6 }))
			.attestationClientDataJSON(new Bytes(new byte[] { 7 }))
			.created(this.clock.instant())
			.lastUsed(this.clock.instant())
			.label(this.cipher.encrypt(name))
			.build());
		return id.toBase64UrlString();
	}

}
