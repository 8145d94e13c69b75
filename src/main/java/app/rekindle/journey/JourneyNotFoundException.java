package app.rekindle.journey;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No journey with this id belongs to the signed-in account (whether or not it exists at all). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class JourneyNotFoundException extends RuntimeException {

	JourneyNotFoundException(long id) {
		super("No journey " + id + " for this account");
	}

}
