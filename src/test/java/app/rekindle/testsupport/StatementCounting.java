package app.rekindle.testsupport;

import java.sql.SQLException;
import java.util.ArrayList;
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
 * pinned numbers are the page's own. Its reads of a session by id are counted on their own
 * ({@link #sessionReads}).
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

	private static final ThreadLocal<List<Statement>> STATEMENTS = new ThreadLocal<>();

	/**
	 * Counts every statement but the session store's; while {@link #statements} runs, also records every
	 * statement, the store's included, with whether it ran in a transaction.
	 */
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
			if (STATEMENTS.get() != null) {
				boolean inTransaction = inTransaction(execution);
				queries.forEach((query) -> STATEMENTS.get().add(new Statement(query.getQuery(), inTransaction)));
			}
		}

		private static boolean inTransaction(ExecutionInfo execution) {
			try {
				return !execution.getStatement().getConnection().getAutoCommit();
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		}

		private static boolean isSessionStore(List<QueryInfo> queries) {
			return queries.stream().allMatch((query) -> Statement.isSessionStore(query.getQuery()));
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

	/** How often the work read a session by its id from the database, on this thread. */
	public static long sessionReads(ThrowingRunnable work) throws Exception {
		return sessionStatements(work).stream().filter(Statement::readsSessionById).count();
	}

	/** The session store's statements the work ran on this thread, in order. */
	public static List<Statement> sessionStatements(ThrowingRunnable work) throws Exception {
		return statements(work).stream().filter(Statement::isSessionStore).toList();
	}

	/** Every statement the work ran on this thread, the session store's included, in order. */
	public static List<Statement> statements(ThrowingRunnable work) throws Exception {
		List<Statement> statements = new ArrayList<>();
		STATEMENTS.set(statements);
		try {
			work.run();
			return statements;
		}
		finally {
			STATEMENTS.remove();
		}
	}

	/** A statement, and whether it ran inside a transaction. */
	public record Statement(String sql, boolean inTransaction) {

		static boolean isSessionStore(String sql) {
			return sql.toLowerCase(Locale.ROOT).contains("spring_session");
		}

		public boolean isSessionStore() {
			return isSessionStore(this.sql);
		}

		public boolean readsSessionById() {
			return this.sql.toLowerCase(Locale.ROOT).contains("where s.session_id = ?");
		}

		public boolean writes() {
			String verb = this.sql.strip().toLowerCase(Locale.ROOT);
			return verb.startsWith("insert") || verb.startsWith("update") || verb.startsWith("delete")
					|| verb.startsWith("merge");
		}

	}

	@FunctionalInterface
	public interface ThrowingRunnable {

		void run() throws Exception;

	}

}
