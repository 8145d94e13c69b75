package app.rekindle.account.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import app.rekindle.account.EmailAddress;

/** "Can't log in?": the email, one recovery code and a new password, under the same rules as at sign-up. */
public class RecoverForm extends NewPasswordForm {

	@NotBlank(message = "{signup.email.required}")
	@Size(max = EmailAddress.MAX_LENGTH, message = "{signup.email.tooLong}")
	@Email(regexp = ".+@.+\\..+", message = "{signup.email.invalid}")
	private String email;

	@NotBlank(message = "{recover.code.required}")
	@Size(max = 64, message = "{recover.code.tooLong}")
	private String code;

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

}
