package app.rekindle.outreach;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class OutreachNotFoundException extends RuntimeException {

	OutreachNotFoundException(String what, long id) {
		super("No " + what + " " + id + " in this journey");
	}

}
