package app.rekindle.reflection;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class ReflectionEntryNotFoundException extends RuntimeException {

	ReflectionEntryNotFoundException(long id) {
		super("No reflection entry " + id + " in this journey");
	}

}
