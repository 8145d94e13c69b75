package app.rekindle.account;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in person as Spring Security holds them. Controllers take it with
 * {@code @AuthenticationPrincipal} and scope every query to {@link #accountId()}.
 */
public class AccountUser extends User {

	private static final long serialVersionUID = 1L;

	private final long accountId;

	AccountUser(long accountId, String email, String passwordHash) {
		this(accountId, email, passwordHash, true);
	}

	/**
	 * An account whose address is not confirmed yet reads as credentials that need renewing: Spring
	 * Security checks that only after the password matched, so only the person who knows the
	 * password learns the address waits for its link.
	 */
	AccountUser(long accountId, String email, String passwordHash, boolean emailConfirmed) {
		super(email, passwordHash, true, true, emailConfirmed, true, List.of(new SimpleGrantedAuthority("ROLE_USER")));
		this.accountId = accountId;
	}

	public long accountId() {
		return this.accountId;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AccountUser user && user.accountId == this.accountId && super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
