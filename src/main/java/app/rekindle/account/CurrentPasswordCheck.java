package app.rekindle.account;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks the current password before a change that needs it, the way log-in does: a few wrong
 * passwords in a row pause the check for the account ({@link Throttle}, rule {@code current-password}),
 * so someone at an unlocked phone cannot guess their way to a new password or a deleted account.
 */
@Component
class CurrentPasswordCheck {

	private final PasswordEncoder passwordEncoder;

	private final Throttle throttle;

	private final Throttle.Rule rule;

	CurrentPasswordCheck(PasswordEncoder passwordEncoder, Throttle throttle, LoginProtectionProperties properties) {
		this.passwordEncoder = passwordEncoder;
		this.throttle = throttle;
		LoginProtectionProperties.CurrentPassword limits = properties.currentPassword();
		this.rule = new Throttle.Rule("current-password", limits.maxFailures(), limits.failureWindow(),
				limits.lockDuration(), limits.longestLock());
	}

	/**
	 * @throws CurrentPasswordPausedException while the check is paused, right password or not
	 * @throws CurrentPasswordMismatchException when the password is missing or wrong (the failure is counted)
	 */
	void verify(Account account, String typedPassword) {
		String key = String.valueOf(account.getId());
		this.throttle.pauseLeft(this.rule, key).ifPresent((left) -> {
			throw new CurrentPasswordPausedException(Throttle.minutes(left));
		});
		if (typedPassword == null || !this.passwordEncoder.matches(typedPassword, account.getPasswordHash())) {
			if (this.throttle.recordFailure(this.rule, key)) {
				throw new CurrentPasswordPausedException(
						Throttle.minutes(this.throttle.pauseLeft(this.rule, key).orElse(this.rule.pause())));
			}
			throw new CurrentPasswordMismatchException();
		}
		this.throttle.clear(this.rule, key);
	}

}
