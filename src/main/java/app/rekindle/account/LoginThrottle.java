package app.rekindle.account;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;

/**
 * Pauses log-in after too many failures in a short time, counted two ways ({@link Throttle}):
 * <ul>
 * <li>per email <em>and</em> network address, whether or not an account has that email, so the pause
 * says nothing about who has a journal here, and a stranger guessing from their address never keeps
 * the owner out from theirs;</li>
 * <li>per address, whatever the emails, so one address cannot try a password across many accounts.</li>
 * </ul>
 */
@Service
public class LoginThrottle {

	private final Throttle throttle;

	private final Throttle.Rule pair;

	private final Throttle.Rule address;

	private final Duration lockDuration;

	LoginThrottle(Throttle throttle, LoginProtectionProperties properties) {
		this.throttle = throttle;
		LoginProtectionProperties.Login limits = properties.login();
		this.pair = new Throttle.Rule("login-pair", limits.maxFailures(), limits.failureWindow(), limits.lockDuration(),
				limits.longestLock());
		this.address = new Throttle.Rule("login-address", limits.maxFailuresPerAddress(), limits.failureWindow(),
				limits.lockDuration(), limits.longestLock());
		this.lockDuration = limits.lockDuration();
	}

	/** How long the first pause lasts, in whole minutes. */
	public long lockMinutes() {
		return Throttle.minutes(this.lockDuration);
	}

	/** How long log-in for this email from this address stays paused, in whole minutes, if it is. */
	public Optional<Long> minutesLeft(String typedEmail, String clientAddress) {
		return Stream.of(this.throttle.pauseLeft(this.pair, pairKey(typedEmail, clientAddress)),
				this.throttle.pauseLeft(this.address, clientAddress))
			.flatMap(Optional::stream)
			.max(Duration::compareTo)
			.map(Throttle::minutes);
	}

	public boolean isLocked(String typedEmail, String clientAddress) {
		return this.throttle.isPaused(this.address, clientAddress)
				|| this.throttle.isPaused(this.pair, pairKey(typedEmail, clientAddress));
	}

	public void recordFailure(String typedEmail, String clientAddress) {
		this.throttle.recordFailure(this.pair, pairKey(typedEmail, clientAddress));
		this.throttle.recordFailure(this.address, clientAddress);
	}

	/**
	 * Clears the failures for this email from this address. The address's own count stays: logging in
	 * to an account of one's own must not buy more guesses at other people's.
	 */
	public void recordSuccess(String typedEmail, String clientAddress) {
		this.throttle.clear(this.pair, pairKey(typedEmail, clientAddress));
	}

	static String pairKey(String typedEmail, String clientAddress) {
		return clientAddress + " " + normalisedEmail(typedEmail);
	}

	static String normalisedEmail(String typedEmail) {
		return (typedEmail == null) ? "" : typedEmail.strip().toLowerCase(Locale.ROOT);
	}

}
