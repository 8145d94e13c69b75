package app.rekindle.outreach;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OutreachConfiguration {

	/** The phrase lists are read once, at start-up; a broken list stops the application. */
	@Bean
	PressureCheck pressureCheck() {
		return PressureCheck.fromClasspath();
	}

}
