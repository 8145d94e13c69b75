package app.rekindle.account.web;

import jakarta.validation.constraints.NotEmpty;

/** The password (its own field name: the account page has other password fields) that confirms it is the person themselves who asks for a new set of recovery codes. */
public class NewRecoveryCodesForm {

	@NotEmpty(message = "{recoveryCodes.password.required}")
	private String codesPassword;

	public String getCodesPassword() {
		return this.codesPassword;
	}

	public void setCodesPassword(String codesPassword) {
		this.codesPassword = codesPassword;
	}

}
