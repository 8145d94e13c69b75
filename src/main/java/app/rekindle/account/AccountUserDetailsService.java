package app.rekindle.account;

import java.util.List;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts for log-in, and re-stores a password hash when the encoder's preferred
 * algorithm has changed since it was written. While log-in for an email is paused from the address
 * the request comes from ({@link LoginThrottle}), it answers with a locked stand-in instead, whether or
 * not an account has that email: Spring Security refuses a locked user before it looks at the
 * password, so the right password is refused too.
 */
@Service
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

	private final AccountRepository accounts;

	private final LoginThrottle throttle;

	AccountUserDetailsService(AccountRepository accounts, LoginThrottle throttle) {
		this.accounts = accounts;
		this.throttle = throttle;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String email) {
		if (email == null || email.isBlank() || email.length() > EmailAddress.MAX_LENGTH) {
			throw new UsernameNotFoundException("No account");
		}
		if (this.throttle.isLocked(email, ClientAddress.current())) {
			return pausedStandIn(email);
		}
		return this.accounts.findByEmail(EmailAddress.of(email).value())
			.map(AccountUserDetailsService::toUser)
			.orElseThrow(() -> new UsernameNotFoundException("No account"));
	}

	@Override
	@Transactional
	public UserDetails updatePassword(UserDetails user, String newPasswordHash) {
		Account account = this.accounts.findById(((AccountUser) user).accountId()).orElseThrow();
		account.changePasswordHash(newPasswordHash);
		return toUser(account);
	}

	/** Never reaches a password check (it is locked), and holds no account's data. */
	private static UserDetails pausedStandIn(String email) {
		return User.withUsername(EmailAddress.of(email).value())
			.password("{noop}")
			.authorities(List.of())
			.accountLocked(true)
			.build();
	}

	static AccountUser toUser(Account account) {
		return new AccountUser(account.getId(), account.getEmail(), account.getPasswordHash(),
				account.isEmailConfirmed());
	}

}
