package app.rekindle.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A journey through the running application in real, headless Chromium (Debian's
 * {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}; nothing is downloaded). Test methods
 * take a {@link Browser} parameter. Skipped with the reason printed when Chromium is not
 * installed, unless {@code CI=true}, where that fails the test. A {@link ServerTest}: every browser
 * test shares one application context.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@ServerTest
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {

}
