package app.rekindle.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a real server at a random port, on its embedded database, with the
 * {@link MutableClock} set back to {@link MutableClockConfiguration#START} before each test class.
 * Every test of this kind, and every {@link BrowserTest}, shares one application context.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(MutableClockConfiguration.class)
@ExtendWith(MutableClockReset.class)
public @interface ServerTest {

}
