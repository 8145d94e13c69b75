package app.rekindle.account;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How hard log-in, sign-up, the current password and recovery codes are to abuse, as
 * {@code rekindle.security.*} (docs/OPERATIONS.md). An invalid value stops the application at start-up
 * with the property named.
 */
@Validated
@ConfigurationProperties("rekindle.security")
public record LoginProtectionProperties(@Valid @DefaultValue Login login, @Valid @DefaultValue SignUp signup,
		@Valid @DefaultValue CurrentPassword currentPassword, @Valid @DefaultValue Recovery recovery,
		@Valid @DefaultValue EmailLinks emailLinks) {

	/**
	 * After {@code maxFailures} failed log-ins for one email from one network address within
	 * {@code failureWindow}, log-in for that email from that address pauses for {@code lockDuration};
	 * after {@code maxFailuresPerAddress} failures from one address, whatever the emails, that address
	 * pauses. A pause soon after the last one lasts twice as long, up to {@code longestLock}. Failures
	 * from one address never pause log-in from another.
	 */
	public record Login(@DefaultValue("5") @Min(1) int maxFailures, @DefaultValue("15m") Duration failureWindow,
			@DefaultValue("15m") Duration lockDuration, @DefaultValue("30") @Min(1) int maxFailuresPerAddress,
			@DefaultValue("2h") Duration longestLock) {

		@AssertTrue(message = "failure-window and lock-duration must be at least one second")
		public boolean isPositive() {
			return this.failureWindow.toSeconds() >= 1 && this.lockDuration.toSeconds() >= 1;
		}

	}

	/** At most {@code maxPerClient} sign-up attempts from one network address within {@code window}. */
	public record SignUp(@DefaultValue("5") @Min(1) int maxPerClient, @DefaultValue("1h") Duration window) {

		@AssertTrue(message = "window must be at least one second")
		public boolean isPositive() {
			return this.window.toSeconds() >= 1;
		}

	}

	/**
	 * Changing the password, making new recovery codes and deleting the account ask for the current
	 * password: after {@code maxFailures} wrong ones within {@code failureWindow}, those forms pause for
	 * {@code lockDuration}, growing up to {@code longestLock}.
	 */
	public record CurrentPassword(@DefaultValue("5") @Min(1) int maxFailures,
			@DefaultValue("15m") Duration failureWindow, @DefaultValue("15m") Duration lockDuration,
			@DefaultValue("2h") Duration longestLock) {

		@AssertTrue(message = "failure-window and lock-duration must be at least one second")
		public boolean isPositive() {
			return this.failureWindow.toSeconds() >= 1 && this.lockDuration.toSeconds() >= 1;
		}

	}

	/**
	 * "Can't log in?": after {@code maxFailuresPerEmail} wrong codes for one email, or
	 * {@code maxFailuresPerAddress} from one network address, within {@code failureWindow}, recovery
	 * for that email or from that address pauses for {@code lockDuration}, growing up to {@code longestLock}.
	 */
	public record Recovery(@DefaultValue("5") @Min(1) int maxFailuresPerEmail,
			@DefaultValue("10") @Min(1) int maxFailuresPerAddress, @DefaultValue("1h") Duration failureWindow,
			@DefaultValue("1h") Duration lockDuration, @DefaultValue("24h") Duration longestLock) {

		@AssertTrue(message = "failure-window and lock-duration must be at least one second")
		public boolean isPositive() {
			return this.failureWindow.toSeconds() >= 1 && this.lockDuration.toSeconds() >= 1;
		}

	}

	/**
	 * Links e-mailed on request (a new password, the confirmation link again): at most {@code maxPerClient}
	 * requests from one network address and {@code maxPerEmail} for one e-mail within {@code window}.
	 */
	public record EmailLinks(@DefaultValue("10") @Min(1) int maxPerClient, @DefaultValue("3") @Min(1) int maxPerEmail,
			@DefaultValue("1h") Duration window) {

		@AssertTrue(message = "window must be at least one second")
		public boolean isPositive() {
			return this.window.toSeconds() >= 1;
		}

	}

}
