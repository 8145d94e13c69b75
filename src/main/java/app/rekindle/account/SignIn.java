package app.rekindle.account;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs a just-created account in, the way the log-in form would: a new session id, and the
 * security context stored where the filter chain looks for it. Also finds the signed-in person for
 * another way of signing in ({@link #userFor}).
 */
@Component
public class SignIn {

	private final SecurityContextHolderStrategy contextHolder = SecurityContextHolder.getContextHolderStrategy();

	private final SecurityContextRepository contextRepository;

	private final SessionAuthenticationStrategy sessionStrategy;

	private final AccountRepository accounts;

	SignIn(SecurityContextRepository contextRepository, SessionAuthenticationStrategy sessionStrategy,
			AccountRepository accounts) {
		this.contextRepository = contextRepository;
		this.sessionStrategy = sessionStrategy;
		this.accounts = accounts;
	}

	/**
	 * The signed-in person for the account with this email, for a way of signing in that has already
	 * proved who it is without the password (a passkey), without the password hash. Unlike the log-in
	 * form's lookup it is not paused by failed passwords: those guard against guessing a password.
	 */
	@Transactional(readOnly = true)
	public Optional<AccountUser> userFor(String email) {
		if (email == null || email.isBlank() || email.length() > EmailAddress.MAX_LENGTH) {
			return Optional.empty();
		}
		return this.accounts.findByEmail(EmailAddress.of(email).value()).map((account) -> {
			AccountUser user = AccountUserDetailsService.toUser(account);
			user.eraseCredentials();
			return user;
		});
	}

	public void signIn(Account account, HttpServletRequest request, HttpServletResponse response) {
		AccountUser user = AccountUserDetailsService.toUser(account);
		user.eraseCredentials();
		Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(user, null,
				user.getAuthorities());
		this.sessionStrategy.onAuthentication(authentication, request, response);
		SecurityContext context = this.contextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		this.contextHolder.setContext(context);
		this.contextRepository.saveContext(context, request, response);
	}

}
