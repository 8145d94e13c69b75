package app.rekindle.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Nothing with this id belongs to the signed-in account, whether or not it exists at all: the one
 * way to answer 404, from a service or a controller. Spring turns it into the status, and the
 * error page {@code error/404.html} is shown; nothing else handles it.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

	/** @param what the kind of thing looked for ("journey", "goal", …), for the log only */
	public NotFoundException(String what, Object id) {
		super("No " + what + " " + id + " for this account");
	}

	/** For an address that names nothing, when the address itself must not be repeated in a log. */
	public NotFoundException(String what) {
		super("No such " + what);
	}

}
