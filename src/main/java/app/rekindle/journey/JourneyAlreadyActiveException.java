package app.rekindle.journey;

public class JourneyAlreadyActiveException extends RuntimeException {

	JourneyAlreadyActiveException() {
		super("This account has an active journey already");
	}

}
