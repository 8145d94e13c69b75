package app.rekindle.passkey;

import java.util.Comparator;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.jackson.WebauthnJacksonModule;
import org.springframework.security.web.webauthn.management.ImmutableRelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.RelyingPartyPublicKey;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.stereotype.Service;

import app.rekindle.privacy.JournalTextCipher;
import app.rekindle.system.NotFoundException;

/**
 * A person's passkeys: adding one the browser has made, listing them, removing one. Each is found
 * through the account's email, the name Spring Security keeps them under ({@code user_entities}), so
 * another account's passkey is not found (404). Names are encrypted like everything a person writes.
 */
@Service
public class Passkeys {

	public static final int MAX_NAME_LENGTH = 60;

	private final PublicKeyCredentialUserEntityRepository userEntities;

	private final UserCredentialRepository credentials;

	private final WebAuthnRelyingPartyOperations relyingParty;

	private final JournalTextCipher cipher;

	private final JsonMapper json = JsonMapper.builder().addModule(new WebauthnJacksonModule()).build();

	Passkeys(PublicKeyCredentialUserEntityRepository userEntities, UserCredentialRepository credentials,
			WebAuthnRelyingPartyOperations relyingParty, JournalTextCipher cipher) {
		this.userEntities = userEntities;
		this.credentials = credentials;
		this.relyingParty = relyingParty;
		this.cipher = cipher;
	}

	/** The account's passkeys, the oldest first. */
	public List<Passkey> of(String email) {
		PublicKeyCredentialUserEntity owner = this.userEntities.findByUsername(email);
		if (owner == null) {
			return List.of();
		}
		return this.credentials.findByUserId(owner.getId())
			.stream()
			.map(this::toPasskey)
			.sorted(Comparator.comparing(Passkey::created))
			.toList();
	}

	/** One of the account's passkeys, or {@link NotFoundException} if the account has none with this id. */
	public Passkey get(String email, String id) {
		return of(email).stream()
			.filter((passkey) -> passkey.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("passkey"));
	}

	public void remove(String email, String id) {
		Passkey passkey = get(email, id);
		this.credentials.delete(Bytes.fromBase64(passkey.id()));
	}

	/**
	 * Stores the passkey the browser made from {@code options} (which this session asked for, for this
	 * account), after Spring Security's relying party has checked it, under the name the person typed.
	 * @param credential the browser's answer as JSON, as Spring Security's {@code /webauthn/register} reads it
	 */
	public void add(String email, PublicKeyCredentialCreationOptions options, String credential, String name)
			throws PasskeyNotAddedException {
		if (options == null || !email.equals(options.getUser().getName())) {
			throw new PasskeyNotAddedException("No passkey was asked for by this account in this session");
		}
		RelyingPartyPublicKey publicKey;
		try {
			ObjectNode request = this.json.createObjectNode();
			request.set("credential", this.json.readTree(credential));
			request.put("label", this.cipher.encrypt(name.strip()));
			publicKey = this.json.treeToValue(request, RelyingPartyPublicKey.class);
		}
		catch (RuntimeException ex) {
			throw new PasskeyNotAddedException("The browser's answer could not be read", ex);
		}
		try {
			this.relyingParty.registerCredential(new ImmutableRelyingPartyRegistrationRequest(options, publicKey));
		}
		catch (RuntimeException ex) {
			throw new PasskeyNotAddedException("The passkey did not check out", ex);
		}
	}

	private Passkey toPasskey(CredentialRecord record) {
		boolean used = !record.getLastUsed().equals(record.getCreated());
		return new Passkey(record.getCredentialId().toBase64UrlString(), this.cipher.decrypt(record.getLabel()),
				record.getCreated(), used ? record.getLastUsed() : null);
	}

}
