package app.rekindle.testsupport;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Import into a test to count the SQL statements a request runs, so a page's count can be pinned
 * and an N+1 cannot creep in.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounting {

	@Bean
	static BeanPostProcessor countingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource))
						? ProxyDataSourceBuilder.create(dataSource).name("counted").countQuery().build() : bean;
			}
		};
	}

	/** The statements the work runs on this thread. */
	public static long count(ThrowingRunnable work) throws Exception {
		QueryCountHolder.clear();
		try {
			work.run();
			return QueryCountHolder.getGrandTotal().getTotal();
		}
		finally {
			QueryCountHolder.clear();
		}
	}

	@FunctionalInterface
	public interface ThrowingRunnable {

		void run() throws Exception;

	}

}
