package app.rekindle.trust;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No commitment, boundary or activity with this id belongs to the journey (or to the account). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class TrustItemNotFoundException extends RuntimeException {

	TrustItemNotFoundException(String what, long id) {
		super("No " + what + " " + id + " in this journey");
	}

}
