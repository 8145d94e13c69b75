package app.rekindle.account.web;

import jakarta.validation.constraints.NotEmpty;

import app.rekindle.account.AcceptablePassword;

public class ChangePasswordForm {

	@NotEmpty(message = "{password.current.required}")
	private String currentPassword;

	@AcceptablePassword
	private String newPassword;

	private String newPasswordConfirmation;

	public String getCurrentPassword() {
		return this.currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getNewPassword() {
		return this.newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public String getNewPasswordConfirmation() {
		return this.newPasswordConfirmation;
	}

	public void setNewPasswordConfirmation(String newPasswordConfirmation) {
		this.newPasswordConfirmation = newPasswordConfirmation;
	}

	boolean passwordsMatch() {
		return this.newPassword != null && this.newPassword.equals(this.newPasswordConfirmation);
	}

}
