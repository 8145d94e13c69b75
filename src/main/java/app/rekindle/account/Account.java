package app.rekindle.account;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person's account: how they sign in and the time zone their days follow.
 */
@Entity
@Table(name = "account")
public class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = EmailAddress.MAX_LENGTH)
	private String email;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Convert(converter = ZoneIdConverter.class)
	@Column(name = "time_zone", nullable = false, length = 64)
	private ZoneId timeZone;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	/** When the password was last changed by the person or with a recovery code; empty before that. */
	@Column(name = "password_changed_at")
	private Instant passwordChangedAt;

	/** False from a sign-up with mail on until the link we sent is followed; then, and otherwise, true. */
	@Column(name = "email_confirmed", nullable = false)
	private boolean emailConfirmed = true;

	@Version
	private long version;

	protected Account() {
	}

	static Account create(EmailAddress email, String passwordHash, ZoneId timeZone, Instant createdAt) {
		Account account = new Account();
		account.email = email.value();
		account.passwordHash = passwordHash;
		account.timeZone = timeZone;
		account.createdAt = createdAt;
		return account;
	}

	static Account createUnconfirmed(EmailAddress email, String passwordHash, ZoneId timeZone, Instant createdAt) {
		Account account = create(email, passwordHash, timeZone, createdAt);
		account.emailConfirmed = false;
		return account;
	}

	public Long getId() {
		return this.id;
	}

	public String getEmail() {
		return this.email;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	public ZoneId getTimeZone() {
		return this.timeZone;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public boolean isEmailConfirmed() {
		return this.emailConfirmed;
	}

	void confirmEmail() {
		this.emailConfirmed = true;
	}

	/** Only the hash's format changes (a newer algorithm or cost): the password is the same. */
	void changePasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	/** A new password, chosen by the person. */
	void changePassword(String passwordHash, Instant changedAt) {
		this.passwordHash = passwordHash;
		this.passwordChangedAt = changedAt;
	}

	public Optional<Instant> getPasswordChangedAt() {
		return Optional.ofNullable(this.passwordChangedAt);
	}

	void changeTimeZone(ZoneId timeZone) {
		this.timeZone = timeZone;
	}

}
