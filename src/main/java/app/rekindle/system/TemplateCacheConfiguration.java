package app.rekindle.system;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.cache.StandardCacheManager;

/**
 * Room in Thymeleaf's expression cache for every expression of every template, held strongly.
 * <p>
 * Thymeleaf keeps parsed expressions, and the SpEL expressions inside them with their compiled
 * classes, in a cache of 500 entries that the garbage collector may also empty. Our templates have
 * more than 600 distinct expressions and each takes more than one entry, so pages pushed each other's
 * expressions out: every request parsed some again, and SpEL compiled and loaded a new class for each,
 * about one a request on the summary and more on the history (docs/PERFORMANCE.md, round 3). With room
 * for all of them, each expression is parsed and compiled once.
 */
@Configuration(proxyBeanMethods = false)
class TemplateCacheConfiguration {

	/** Entries for parsed expressions, SpEL expressions, fragment signatures and iterations. */
	static final int EXPRESSION_CACHE_SIZE = 10_000;

	@Bean
	static BeanPostProcessor templateExpressionCache() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof TemplateEngine engine) {
					engine.setCacheManager(cacheManager());
				}
				return bean;
			}

		};
	}

	static StandardCacheManager cacheManager() {
		StandardCacheManager manager = new StandardCacheManager();
		manager.setExpressionCacheMaxSize(EXPRESSION_CACHE_SIZE);
		manager.setExpressionCacheInitialSize(1_000);
		manager.setExpressionCacheUseSoftReferences(false);
		return manager;
	}

}
