package app.rekindle.account.web;

import app.rekindle.account.AcceptablePassword;

/**
 * A new password, typed twice, under the same rules as at sign-up: chosen from a link in an e-mail, and
 * the part of changing it and of "Can't log in?" that the two share.
 */
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
