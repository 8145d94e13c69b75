package app.rekindle.system;

import java.util.Collection;

import jakarta.servlet.http.Part;

import org.springframework.beans.PropertyAccessException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.multipart.MultipartFile;

/**
 * A file sent where a form asks for words or a choice (a multipart part with a file name in place
 * of a text field) is an error beside the field like any other, with a plain message
 * ({@value #CODE} in messages.properties), and the field comes back empty. Without this, the form
 * showed the file object itself as what was typed, a Java class name and all.
 */
@ControllerAdvice
class FileFieldBinding {

	static final String CODE = "file.notExpected";

	private static final FilesAreNotText PROCESSOR = new FilesAreNotText();

	@InitBinder
	void filesAreNotText(WebDataBinder binder) {
		binder.setBindingErrorProcessor(PROCESSOR);
	}

	static final class FilesAreNotText extends DefaultBindingErrorProcessor {

		@Override
		public void processPropertyAccessException(PropertyAccessException ex, BindingResult bindingResult) {
			String field = ex.getPropertyName();
			if (field == null || !isFile(ex.getValue())) {
				super.processPropertyAccessException(ex, bindingResult);
				return;
			}
			String[] codes = bindingResult.resolveMessageCodes(CODE, field);
			FieldError error = new FieldError(bindingResult.getObjectName(), field, "", true, codes,
					getArgumentsForBindError(bindingResult.getObjectName(), field), "Files cannot be added to this form. Please type or choose your answer here.");
			error.wrap(ex);
			bindingResult.addError(error);
		}

		private static boolean isFile(Object value) {
			if (value instanceof MultipartFile || value instanceof Part) {
				return true;
			}
			if (value instanceof Object[] values) {
				for (Object each : values) {
					if (isFile(each)) {
						return true;
					}
				}
			}
			if (value instanceof Collection<?> values) {
				return values.stream().anyMatch(FilesAreNotText::isFile);
			}
			return false;
		}

	}

}
