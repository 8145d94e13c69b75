package app.rekindle.privacy;

/**
 * Stored journal text could not be read: the key is missing or wrong, or the value was altered.
 * Never caught to return something else: showing garbage or an empty note would be worse.
 */
public class JournalTextDecryptionException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	JournalTextDecryptionException(String message) {
		super(message);
	}

	JournalTextDecryptionException(String message, Throwable cause) {
		super(message, cause);
	}

}
