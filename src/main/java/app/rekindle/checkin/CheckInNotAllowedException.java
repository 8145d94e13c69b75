package app.rekindle.checkin;

/** A check-in for a future day, or for a day older than the late window. */
public class CheckInNotAllowedException extends RuntimeException {

	private final CheckInDay reason;

	CheckInNotAllowedException(CheckInDay reason) {
		super("A check-in cannot be saved for this day: " + reason);
		this.reason = reason;
	}

	public CheckInDay reason() {
		return this.reason;
	}

}
