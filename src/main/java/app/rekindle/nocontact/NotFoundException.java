package app.rekindle.nocontact;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No goal or letter with this id belongs to the signed-in account. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

	NotFoundException(String what, long id) {
		super("No " + what + " " + id + " for this account");
	}

}
