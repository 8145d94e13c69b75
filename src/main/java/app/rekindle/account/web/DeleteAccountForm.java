package app.rekindle.account.web;

import jakarta.validation.constraints.NotEmpty;

/** The password that confirms it is the person themselves who deletes the account. */
public class DeleteAccountForm {

	@NotEmpty(message = "{account.delete.password.required}")
	private String password;

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
