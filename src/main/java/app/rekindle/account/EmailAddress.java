package app.rekindle.account;

import java.util.Locale;

/**
 * An email address in the one form we store and compare: trimmed and lower-cased, so that
 * "Sam@Example.org" and "sam@example.org" are the same account.
 */
public record EmailAddress(String value) {

	public static final int MAX_LENGTH = 254;

	public EmailAddress {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("An email address is required");
		}
	}

	public static EmailAddress of(String typed) {
		return new EmailAddress(typed.strip().toLowerCase(Locale.ROOT));
	}

}
