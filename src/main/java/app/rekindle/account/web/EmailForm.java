package app.rekindle.account.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import app.rekindle.account.EmailAddress;

/** An e-mail address to send a link to: for a new password, or the confirmation link again. */
public class EmailForm {

	@NotBlank(message = "{signup.email.required}")
	@Size(max = EmailAddress.MAX_LENGTH, message = "{signup.email.tooLong}")
	@Email(regexp = ".+@.+\\..+", message = "{signup.email.invalid}")
	private String email;

	public EmailForm() {
	}

	EmailForm(String email) {
		this.email = email;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	EmailAddress toAddress() {
		return EmailAddress.of(this.email);
	}

}
