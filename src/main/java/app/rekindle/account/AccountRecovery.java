package app.rekindle.account;

import java.time.Clock;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Can't log in?": an email, one of its recovery codes and a new password give the account back
 * without any email being sent. The answer never tells whether an account has the email: a wrong
 * email and a wrong code are refused alike, and counted alike, per email and per network address
 * ({@link Throttle}, rules {@code recovery-email} and {@code recovery-address}), so codes cannot be
 * guessed.
 */
@Service
public class AccountRecovery {

	/** What came of an attempt. */
	public sealed interface Outcome {

		/** The code is spent and the password changed; {@code codesLeft} are still unused. */
		record Recovered(Account account, int codesLeft) implements Outcome {
		}

		/** No account with that email has that code; nothing changed. */
		record Refused() implements Outcome {
		}

		/** Too many refusals of late for this email or from this address; nothing was checked. */
		record Paused(long minutes) implements Outcome {
		}

	}

	private final AccountRepository accounts;

	private final RecoveryCodes codes;

	private final PasswordEncoder passwordEncoder;

	private final Throttle throttle;

	private final Clock clock;

	private final Throttle.Rule perEmail;

	private final Throttle.Rule perAddress;

	AccountRecovery(AccountRepository accounts, RecoveryCodes codes, PasswordEncoder passwordEncoder, Throttle throttle,
			Clock clock, LoginProtectionProperties properties) {
		this.accounts = accounts;
		this.codes = codes;
		this.passwordEncoder = passwordEncoder;
		this.throttle = throttle;
		this.clock = clock;
		LoginProtectionProperties.Recovery limits = properties.recovery();
		this.perEmail = new Throttle.Rule("recovery-email", limits.maxFailuresPerEmail(), limits.failureWindow(),
				limits.lockDuration(), limits.longestLock());
		this.perAddress = new Throttle.Rule("recovery-address", limits.maxFailuresPerAddress(), limits.failureWindow(),
				limits.lockDuration(), limits.longestLock());
	}

	/**
	 * @param newPassword already checked against {@link PasswordPolicy} by the form
	 */
	@Transactional
	public Outcome recover(String typedEmail, String typedCode, String newPassword, String clientAddress) {
		String emailKey = LoginThrottle.normalisedEmail(typedEmail);
		Optional<Outcome> paused = paused(emailKey, clientAddress);
		if (paused.isPresent()) {
			return paused.get();
		}
		Optional<Account> account = emailKey.isEmpty() ? Optional.empty() : this.accounts.findByEmail(emailKey);
		if (account.isEmpty() || !this.codes.spend(account.get().getId(), typedCode)) {
			boolean emailPaused = this.throttle.recordFailure(this.perEmail, emailKey);
			boolean addressPaused = this.throttle.recordFailure(this.perAddress, clientAddress);
			return (emailPaused || addressPaused) ? paused(emailKey, clientAddress).orElseGet(Outcome.Refused::new)
					: new Outcome.Refused();
		}
		this.throttle.clear(this.perEmail, emailKey);
		Account recovered = account.get();
		recovered.changePassword(this.passwordEncoder.encode(newPassword), this.clock.instant());
		return new Outcome.Recovered(recovered, this.codes.left(recovered.getId()));
	}

	private Optional<Outcome> paused(String emailKey, String clientAddress) {
		return this.throttle.pauseLeft(this.perEmail, emailKey)
			.or(() -> this.throttle.pauseLeft(this.perAddress, clientAddress))
			.map((left) -> new Outcome.Paused(Throttle.minutes(left)));
	}

}
