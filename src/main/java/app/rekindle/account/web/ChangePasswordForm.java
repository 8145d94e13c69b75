package app.rekindle.account.web;

import jakarta.validation.constraints.NotEmpty;


public class ChangePasswordForm extends NewPasswordForm {

	@NotEmpty(message = "{password.current.required}")
	private String currentPassword;

	public String getCurrentPassword() {
		return this.currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

}
