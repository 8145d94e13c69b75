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

/**
 * A new password that follows {@link PasswordPolicy}; the message names the rule it breaks.
 */
@Documented
@Target({ ElementType.FIELD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = AcceptablePassword.Validator.class)
public @interface AcceptablePassword {

	String message() default "{password.tooShort}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<AcceptablePassword, String> {

		@Override
		public boolean isValid(String password, ConstraintValidatorContext context) {
			return PasswordPolicy.problemWith(password).map((code) -> {
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate("{" + code + "}").addConstraintViolation();
				return false;
			}).orElse(true);
		}

	}

}
