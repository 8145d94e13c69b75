package app.rekindle.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts for log-in, and re-stores a password hash when the encoder's preferred
 * algorithm has changed since it was written.
 */
@Service
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

	private final AccountRepository accounts;

	AccountUserDetailsService(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String email) {
		if (email == null || email.isBlank() || email.length() > EmailAddress.MAX_LENGTH) {
			throw new UsernameNotFoundException("No account");
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

	static AccountUser toUser(Account account) {
		return new AccountUser(account.getId(), account.getEmail(), account.getPasswordHash());
	}

}
