package app.rekindle.account;

public class EmailAlreadyRegisteredException extends RuntimeException {

	EmailAlreadyRegisteredException() {
		super("An account with this email address exists already");
	}

}
