package app.rekindle.account;

import java.time.Duration;

/** What a single-use link sent by e-mail is for, and how long it works. */
enum LinkPurpose {

	/** Confirms the address of a new account; a day, since it may wait in an inbox overnight. */
	CONFIRM_ADDRESS(Duration.ofHours(24)),

	/** Sets a new password; short, since whoever reads the inbox could use it. */
	RESET_PASSWORD(Duration.ofMinutes(30));

	private final Duration validFor;

	LinkPurpose(Duration validFor) {
		this.validFor = validFor;
	}

	Duration validFor() {
		return this.validFor;
	}

}
