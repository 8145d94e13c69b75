package app.rekindle.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@link BrowserTest} method (or class): its Chromium runs with JavaScript switched off for
 * every site, as some people browse, so the page must work as plain HTML forms and links. WebDriver's
 * own scripts (reading a rectangle, setting a date field) still run; the page's scripts do not.
 */
@Documented
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
public @interface WithoutJavaScript {

}
