package app.rekindle.account;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Feeds the log-in throttle from Spring Security's own events, so the security configuration needs
 * nothing from this module. An unknown email arrives as bad credentials too, and is counted alike.
 * A refusal during a pause is a different event and is not counted, so a pause never grows longer.
 */
@Component
class LoginAttemptListener {

	private final LoginThrottle throttle;

	LoginAttemptListener(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@EventListener
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		this.throttle.recordFailure(event.getAuthentication().getName(), addressOf(event));
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		this.throttle.recordSuccess(event.getAuthentication().getName(), addressOf(event));
	}

	/** The form log-in's details carry the address; anything else is asked of the current request. */
	private static String addressOf(AbstractAuthenticationEvent event) {
		if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) {
			return details.getRemoteAddress();
		}
		return ClientAddress.current();
	}

}
