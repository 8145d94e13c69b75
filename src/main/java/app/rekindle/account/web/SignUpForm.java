package app.rekindle.account.web;

import java.time.ZoneId;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import app.rekindle.account.AcceptablePassword;
import app.rekindle.account.EmailAddress;
import app.rekindle.account.SelectableTimeZone;
import app.rekindle.account.SignUpCommand;

public class SignUpForm {

	@NotBlank(message = "{signup.email.required}")
	@Size(max = EmailAddress.MAX_LENGTH, message = "{signup.email.tooLong}")
	@Email(regexp = ".+@.+\\..+", message = "{signup.email.invalid}")
	private String email;

	@AcceptablePassword
	private String password;

	private String passwordConfirmation;

	/** Empty until the person (or, with JavaScript, their browser) picks one: never UTC unseen. */
	@SelectableTimeZone
	private String timeZone;

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getPasswordConfirmation() {
		return this.passwordConfirmation;
	}

	public void setPasswordConfirmation(String passwordConfirmation) {
		this.passwordConfirmation = passwordConfirmation;
	}

	public String getTimeZone() {
		return this.timeZone;
	}

	public void setTimeZone(String timeZone) {
		this.timeZone = timeZone;
	}

	boolean passwordsMatch() {
		return this.password != null && this.password.equals(this.passwordConfirmation);
	}

	SignUpCommand toCommand() {
		return new SignUpCommand(EmailAddress.of(this.email), this.password, ZoneId.of(this.timeZone));
	}

}
