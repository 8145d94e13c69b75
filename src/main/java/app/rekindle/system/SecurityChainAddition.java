package app.rekindle.system;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * Something another module adds to the application's security chain (the one every page goes
 * through, not the actuator's), such as another way of signing in. The system module applies each
 * bean of this type and knows nothing else about it, so the module that owns the feature keeps its
 * configuration. Spring Security's own {@code Customizer<HttpSecurity>} beans would reach every chain.
 */
public interface SecurityChainAddition {

	void addTo(HttpSecurity http);

}
