package app.rekindle.passkey;

/**
 * A passkey the device made that could not be stored: the browser's answer did not check out, it
 * came from another page or an earlier attempt, or the passkey is already stored.
 */
public class PasskeyNotAddedException extends Exception {

	private static final long serialVersionUID = 1L;

	PasskeyNotAddedException(String message, Throwable cause) {
		super(message, cause);
	}

	PasskeyNotAddedException(String message) {
		super(message);
	}

}
