package app.rekindle.account;

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

/**
 * Signs a just-created account in, the way the log-in form would: a new session id, and the
 * security context stored where the filter chain looks for it.
 */
@Component
public class SignIn {

	private final SecurityContextHolderStrategy contextHolder = SecurityContextHolder.getContextHolderStrategy();

	private final SecurityContextRepository contextRepository;

	private final SessionAuthenticationStrategy sessionStrategy;

	SignIn(SecurityContextRepository contextRepository, SessionAuthenticationStrategy sessionStrategy) {
		this.contextRepository = contextRepository;
		this.sessionStrategy = sessionStrategy;
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
