package app.rekindle.account;

import org.springframework.stereotype.Service;

/**
 * Limits how often links are e-mailed on request (a new password, the confirmation link again), per
 * network address and per e-mail typed, with the same {@link Throttle} as every other limit: every
 * request counts, and the one that reaches the limit pauses that address or e-mail for the window. An
 * unknown e-mail is counted like a known one, so the limit says nothing about who has an account.
 */
@Service
public class EmailLinkThrottle {

	private final Throttle throttle;

	private final Throttle.Rule perClient;

	private final Throttle.Rule perEmail;

	EmailLinkThrottle(Throttle throttle, LoginProtectionProperties properties) {
		LoginProtectionProperties.EmailLinks limits = properties.emailLinks();
		this.throttle = throttle;
		this.perClient = new Throttle.Rule("email-link-client", limits.maxPerClient(), limits.window(), limits.window(),
				limits.window());
		this.perEmail = new Throttle.Rule("email-link-email", limits.maxPerEmail(), limits.window(), limits.window(),
				limits.window());
	}

	/** Counts a request from this client for this e-mail and says whether it may go ahead. */
	public boolean tryAcquire(String clientAddress, String typedEmail) {
		String client = (clientAddress == null) ? "" : clientAddress;
		String email = LoginThrottle.normalisedEmail(typedEmail);
		if (this.throttle.isPaused(this.perClient, client) || this.throttle.isPaused(this.perEmail, email)) {
			return false;
		}
		this.throttle.recordFailure(this.perClient, client);
		this.throttle.recordFailure(this.perEmail, email);
		return true;
	}

}
