package app.rekindle.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on its embedded database, driven through MockMvc, with the
 * {@link MutableClock} (set back to {@link MutableClockConfiguration#START} before each test class)
 * and statement counting. Every test of this kind shares one application context, so a test
 * that needs other settings should say why it cannot use this one.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@Import({ MutableClockConfiguration.class, StatementCounting.class })
@ExtendWith(MutableClockReset.class)
public @interface JournalTest {

}
