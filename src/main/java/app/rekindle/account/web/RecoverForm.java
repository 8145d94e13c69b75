package app.rekindle.account.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import app.rekindle.account.AcceptablePassword;
import app.rekindle.account.EmailAddress;

/** "Can't log in?": the email, one recovery code and a new password, under the same rules as at sign-up. */
public class RecoverForm {

	@NotBlank(message = "{signup.email.required}")
	@Size(max = EmailAddress.MAX_LENGTH, message = "{signup.email.tooLong}")
	@Email(regexp = ".+@.+\\..+", message = "{signup.email.invalid}")
	private String email;

	@NotBlank(message = "{recover.code.required}")
	@Size(max = 64, message = "{recover.code.tooLong}")
	private String code;

	@AcceptablePassword
	private String newPassword;

	private String newPasswordConfirmation;

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
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
