package app.rekindle.passkey;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

/**
 * Spring Security's JDBC store of passkeys, with the times taken from the application's clock: when
 * a passkey was made, and when it was last used to sign in. Spring Security saves a passkey twice in
 * its life, when it is made and each time it signs someone in, so a save of one already stored is a use.
 */
final class ClockedUserCredentials implements UserCredentialRepository {

	private final UserCredentialRepository store;

	private final Clock clock;

	ClockedUserCredentials(UserCredentialRepository store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	@Override
	public void save(CredentialRecord record) {
		Instant now = this.clock.instant();
		CredentialRecord stored = this.store.findByCredentialId(record.getCredentialId());
		Instant created = (stored != null) ? stored.getCreated() : now;
		this.store.save(ImmutableCredentialRecord.fromCredentialRecord(record).created(created).lastUsed(now).build());
	}

	@Override
	public CredentialRecord findByCredentialId(Bytes credentialId) {
		return this.store.findByCredentialId(credentialId);
	}

	@Override
	public List<CredentialRecord> findByUserId(Bytes userId) {
		return this.store.findByUserId(userId);
	}

	@Override
	public void delete(Bytes credentialId) {
		this.store.delete(credentialId);
	}

}
