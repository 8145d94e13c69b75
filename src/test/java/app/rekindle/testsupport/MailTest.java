package app.rekindle.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * A {@link JournalTest} with mail on: {@code spring.mail.*} points at the shared {@link MailServer}, so
 * every e-mail the application sends is really sent and received there. Every mail-on test uses this one
 * annotation, so they share one application context besides the {@code @JournalTest} one.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@JournalTest
@ContextConfiguration(initializers = MailServer.Initializer.class)
@TestPropertySource(properties = { "rekindle.mail.site-url=" + MailTest.SITE,
		"rekindle.mail.from=journal@example.org", "rekindle.security.email-links.max-per-client=100000" })
public @interface MailTest {

	/** The site address the e-mailed links of these tests begin with. */
	String SITE = "https://journal.example.org";

}
