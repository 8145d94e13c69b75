package app.rekindle.passkey.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import app.rekindle.passkey.Passkeys;

/**
 * Adding a passkey: the name the person types, and the passkey the browser made, as JSON, which the
 * page's script ({@code js/passkeys.js}) puts in a hidden field once the device has made it.
 */
public class PasskeyForm {

	/** The browser's answer is a few kilobytes; anything far larger is not one. */
	static final int MAX_CREDENTIAL_LENGTH = 16_000;

	@NotBlank(message = "{passkey.name.required}")
	@Size(max = Passkeys.MAX_NAME_LENGTH, message = "{passkey.name.tooLong}")
	private String name;

	@Size(max = MAX_CREDENTIAL_LENGTH, message = "{passkey.notAdded}")
	private String credential;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getCredential() {
		return this.credential;
	}

	public void setCredential(String credential) {
		this.credential = credential;
	}

}
