package app.rekindle.testsupport;

import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.DataSourceQueryCountListener;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Import into a test to count the SQL statements a request runs, so a page's count can be pinned
 * and an N+1 cannot creep in. The session store's statements (Spring Session reading and writing
 * {@code spring_session}, the same few for every request whatever the page) are not counted: the
 * pinned numbers are the page's own.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounting {

	@Bean
	static BeanPostProcessor countingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource))
						? ProxyDataSourceBuilder.create(dataSource).name("counted").listener(new PageStatements()).build()
						: bean;
			}
		};
	}

	/** Counts every statement but the session store's. */
	private static final class PageStatements implements QueryExecutionListener {

		private final DataSourceQueryCountListener counter = new DataSourceQueryCountListener();

		@Override
		public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
			if (!isSessionStore(queries)) {
				this.counter.beforeQuery(execution, queries);
			}
		}

		@Override
		public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
			if (!isSessionStore(queries)) {
				this.counter.afterQuery(execution, queries);
			}
		}

		private static boolean isSessionStore(List<QueryInfo> queries) {
			return queries.stream()
				.allMatch((query) -> query.getQuery().toLowerCase(Locale.ROOT).contains("spring_session"));
		}

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
