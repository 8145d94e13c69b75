package app.rekindle.account;

import java.time.ZoneId;

public record SignUpCommand(EmailAddress email, String password, ZoneId timeZone) {

	@Override
	public String toString() {
		return "SignUpCommand[email=" + this.email.value() + ", timeZone=" + this.timeZone + "]";
	}

}
