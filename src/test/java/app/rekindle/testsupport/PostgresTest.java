package app.rekindle.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A full application test against a real PostgreSQL, with the {@code postgres} profile: a
 * Testcontainers server where Docker runs, otherwise the server in
 * {@code REKINDLE_TEST_POSTGRES_URL}, always in a schema of its own for this test run. Without
 * either the test is skipped with the reason printed, unless {@code CI=true}, where it fails. With the
 * {@link MutableClock}, set back before each test class (see {@link MutableClockReset}).
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("postgres")
@ExtendWith(PostgresTestDatabase.Availability.class)
@SpringBootTest
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = PostgresTestDatabase.Initializer.class)
@Import(MutableClockConfiguration.class)
@ExtendWith(MutableClockReset.class)
public @interface PostgresTest {

}
