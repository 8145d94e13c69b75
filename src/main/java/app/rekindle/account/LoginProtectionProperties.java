package app.rekindle.account;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How hard log-in and sign-up are to abuse, as {@code rekindle.security.*}. An invalid value stops
 * the application at start-up with the property named.
 */
@Validated
@ConfigurationProperties("rekindle.security")
public record LoginProtectionProperties(@Valid @DefaultValue Login login, @Valid @DefaultValue SignUp signup,
		@Valid @DefaultValue EmailLinks emailLinks) {

	/** After {@code maxFailures} failed log-ins for one email within {@code failureWindow}, a pause of {@code lockDuration}. */
	public record Login(@DefaultValue("5") @Min(1) int maxFailures, @DefaultValue("15m") Duration failureWindow,
			@DefaultValue("15m") Duration lockDuration) {

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
