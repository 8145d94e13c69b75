package app.rekindle.account.web;

import app.rekindle.account.AcceptablePassword;

/** A new password chosen from a link in an e-mail, typed twice. */
public class NewPasswordForm {

	@AcceptablePassword
	private String newPassword;

	private String newPasswordConfirmation;

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
