package app.rekindle.account;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** One of the {@link TimeZones} a person can choose; none chosen at all has a message of its own. */
@Documented
@Target({ ElementType.FIELD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SelectableTimeZone.Validator.class)
public @interface SelectableTimeZone {

	String message() default "{timeZone.unknown}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<SelectableTimeZone, String> {

		static final String NONE_CHOSEN = "{timeZone.required}";

		@Override
		public boolean isValid(String id, ConstraintValidatorContext context) {
			if (id == null || id.isBlank()) {
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate(NONE_CHOSEN).addConstraintViolation();
				return false;
			}
			return TimeZones.isSelectable(id);
		}

	}

}
