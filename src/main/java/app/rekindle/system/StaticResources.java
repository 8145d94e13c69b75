package app.rekindle.system;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The static files, each folder under its own address, fingerprinted by content and kept by browsers
 * for 30 days; {@code spring.web.resources.add-mappings=false} turns off Boot's mapping of every address.
 * <p>
 * Why: with every address mapped, each link on a page was looked up as a file in the jar, half of the
 * templates' time (docs/PERFORMANCE.md).
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	/** Every address a file is served at; {@link SecurityConfiguration} gives them a chain of their own. */
	static final String[] PATHS = { "/css/**", "/js/**", "/icons/**", "/favicon.svg" };

	private static final CacheControl THIRTY_DAYS = CacheControl.maxAge(Duration.ofDays(30));

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String folder : new String[] { "css", "js" }) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(THIRTY_DAYS)
				.resourceChain(true)
				.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		}
		// The icons for installing the journal on a home screen (the manifest is WebAppManifestController's).
		registry.addResourceHandler("/icons/**")
			.addResourceLocations("classpath:/static/icons/")
			.setCacheControl(THIRTY_DAYS)
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		registry.addResourceHandler("/favicon.svg")
			.addResourceLocations("classpath:/static/")
			.setCacheControl(THIRTY_DAYS)
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
	}

}
