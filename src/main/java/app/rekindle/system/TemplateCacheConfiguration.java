package app.rekindle.system;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.cache.StandardCacheManager;

/**
 * Room in Thymeleaf's expression cache for every expression of every template, held strongly.
 * <p>
 * Thymeleaf keeps parsed expressions, and the SpEL expressions inside them, in a cache of 500 entries
 * that the garbage collector may also empty. The busiest pages alone need more than 500 entries
 * ({@code TemplateExpressionCacheTests}), so pages pushed each other's expressions out and every request
 * parsed some of them again (docs/PERFORMANCE.md, round 3). With room for all of them, each expression
 * is parsed once.
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
