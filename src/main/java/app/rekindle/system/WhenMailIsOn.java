package app.rekindle.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/**
 * A bean that exists only when the application is given an SMTP server ({@code spring.mail.host}, the
 * same setting Spring Boot's mail sender needs). Without one, every e-mail page, form and link is absent,
 * and the journal works as it always has (docs/OPERATIONS.md).
 */
@Documented
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@ConditionalOnProperty("spring.mail.host")
public @interface WhenMailIsOn {

}
