package app.rekindle.system;

import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryState;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs database work once more when its connection broke ({@link DatabaseFailures}), with Framework
 * 7's {@link RetryTemplate}. Before the second attempt the pool lets go of its idle connections:
 * when the server restarted or ended the sessions, every one of them is dead, and the pool would
 * otherwise hand the second attempt the next dead one.
 * <p>
 * Only when nothing could have been written: no transaction that writes reached its commit during
 * the attempt ({@link WriteCommits}). A commit that fails may still have landed, and a transaction
 * already committed inside the work is not undone, so running either again could write twice. Work
 * that is part of a transaction already going on is run as it is: the outermost call decides.
 * Used around every {@code @Transactional} method of the application
 * ({@link DatabaseRetryConfiguration}), the session store and the check-in's save.
 */
@Component
public class LostConnectionRetry {

	private static final Logger logger = LoggerFactory.getLogger(LostConnectionRetry.class);

	private final RetryTemplate onceMore;

	private final ObjectProvider<DataSource> dataSources;

	/** @param dataSources the pool to let go of its idle connections before a second attempt, if any */
	public LostConnectionRetry(ObjectProvider<DataSource> dataSources) {
		this.dataSources = dataSources;
		this.onceMore = new RetryTemplate(RetryPolicy.builder()
			.maxRetries(1)
			.delay(Duration.ofMillis(50))
			.predicate((failure) -> DatabaseFailures.isTransient(failure) && !WriteCommits.attempted())
			.build());
		this.onceMore.setRetryListener(new RetryListener() {
			@Override
			public void beforeRetry(RetryPolicy policy, Retryable<?> work, RetryState state) {
				dropIdleConnections(state.getLastException());
			}
		});
	}

	/** The work, once more if its connection broke; its own exception if it fails. */
	public <T> T call(Supplier<T> work) {
		try {
			return run(work::get);
		}
		catch (RuntimeException | Error ex) {
			throw ex;
		}
		catch (Throwable ex) {
			throw new IllegalStateException(ex);
		}
	}

	<T> T run(Retryable<T> work) throws Throwable {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return work.execute();
		}
		WriteCommits.forget();
		try {
			return this.onceMore.execute(work);
		}
		catch (RetryException ex) {
			throw ex.getCause();
		}
		finally {
			WriteCommits.forget();
		}
	}

	private void dropIdleConnections(Throwable failure) {
		if (!DatabaseFailures.isConnectionLost(failure)) {
			// A lock or a deadlock: the connections are fine.
			return;
		}
		logger.info("A database connection broke ({}); trying once more on a new one",
				DatabaseFailureFilter.describe(failure));
		DataSource dataSource = this.dataSources.getIfAvailable();
		try {
			if (dataSource != null && dataSource.isWrapperFor(HikariDataSource.class)) {
				HikariPoolMXBean pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
				if (pool != null) {
					pool.softEvictConnections();
				}
			}
		}
		catch (SQLException ex) {
			logger.debug("The pool could not be asked to drop its idle connections", ex);
		}
	}

	/**
	 * Whether a transaction that writes reached its commit on this thread since {@link #forget()}.
	 * Boot hands this listener to the transaction manager, which every transaction of the application
	 * and of the session store goes through.
	 */
	static final class WriteCommits implements TransactionExecutionListener {

		private static final ThreadLocal<Boolean> ATTEMPTED = new ThreadLocal<>();

		static boolean attempted() {
			return Boolean.TRUE.equals(ATTEMPTED.get());
		}

		static void forget() {
			ATTEMPTED.remove();
		}

		@Override
		public void beforeCommit(TransactionExecution transaction) {
			if (!transaction.isReadOnly()) {
				ATTEMPTED.set(Boolean.TRUE);
			}
		}

	}

}
