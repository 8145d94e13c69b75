package app.rekindle.account;

public class CurrentPasswordMismatchException extends RuntimeException {

	CurrentPasswordMismatchException() {
		super("The current password did not match");
	}

}
