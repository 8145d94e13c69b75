package app.rekindle.system;

import java.nio.charset.StandardCharsets;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The application's messages, with ICU plural forms (in place of Boot's default message source). */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

	@Bean
	MessageSource messageSource(@Value("${spring.messages.basename}") String basename) {
		IcuMessageSource messages = new IcuMessageSource();
		messages.setBasenames(basename.split(",\\s*"));
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
