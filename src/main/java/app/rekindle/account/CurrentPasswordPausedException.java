package app.rekindle.account;

/**
 * The current password was asked for too many times wrongly of late, so the forms that ask for it
 * (a new password, new recovery codes, deleting the account) pause for a while; nothing was changed.
 */
public class CurrentPasswordPausedException extends RuntimeException {

	private final long minutes;

	CurrentPasswordPausedException(long minutes) {
		super("Checking the current password is paused for " + minutes + " minutes");
		this.minutes = minutes;
	}

	/** How long the pause has left, in whole minutes, for the message that tells the person. */
	public long minutes() {
		return this.minutes;
	}

}
