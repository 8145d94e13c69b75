package app.rekindle.system;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.aop.Advisor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionInterceptor;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The retry of a transaction whose connection broke: once, only when nothing could have been
 * written, and only for the database's passing trouble. Without a database: a transaction manager
 * that fails when told to, and the advisor and transaction interceptor in the order the application
 * has them.
 */
class LostConnectionRetryTests {

	private final Transactions transactions = new Transactions();

	/** The object itself, whose counts the tests read; calls go through {@link #journal}. */
	private final Journal target = new Journal();

	private final Journal journal = proxy(this.target);

	@AfterEach
	void noTransactionLeft() {
		assertThat(TransactionSynchronizationManager.isActualTransactionActive()).isFalse();
	}

	@Test
	void aTransactionWhoseConnectionBrokeRunsOnceMore() {
		this.target.failures.set(1);
		assertThat(this.journal.write()).isEqualTo("written");
		assertThat(this.target.attempts).hasValue(2);
		assertThat(this.transactions.commits).hasValue(1);
	}

	@Test
	void onlyOnceMore() {
		this.target.failures.set(2);
		assertThatExceptionOfType(DataAccessResourceFailureException.class).isThrownBy(this.journal::write);
		assertThat(this.target.attempts).hasValue(2);
	}

	@Test
	void aCommitThatFailedMayHaveLandedAndIsNotRunAgain() {
		this.transactions.commitFailures.set(1);
		assertThatExceptionOfType(DataAccessResourceFailureException.class).isThrownBy(this.journal::write);
		assertThat(this.target.attempts).hasValue(1);
	}

	@Test
	void aReadWhoseCommitFailedRunsOnceMore() {
		this.transactions.commitFailures.set(1);
		assertThat(this.journal.read()).isEqualTo("read");
		assertThat(this.target.attempts).hasValue(2);
	}

	@Test
	void aCallInsideATransactionGoingOnLeavesItToTheOutermost() {
		TransactionSynchronizationManager.setActualTransactionActive(true);
		try {
			this.target.failures.set(1);
			assertThatExceptionOfType(DataAccessResourceFailureException.class).isThrownBy(this.journal::write);
			assertThat(this.target.attempts).hasValue(1);
		}
		finally {
			TransactionSynchronizationManager.setActualTransactionActive(false);
		}
	}

	@Test
	void otherFailuresAreNotRunAgain() {
		this.target.failure = new DataIntegrityViolationException("duplicate key");
		this.target.failures.set(1);
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(this.journal::write);
		this.target.failure = new OptimisticLockingFailureException("someone saved it first");
		this.target.failures.set(1);
		assertThatExceptionOfType(OptimisticLockingFailureException.class).isThrownBy(this.journal::write);
		assertThat(this.target.attempts).hasValue(2);
	}

	@Test
	void tellsTheDatabasesPassingTroubleFromEverythingElse() {
		assertThat(DatabaseFailures.isTransient(new CannotCreateTransactionException("no connection"))).isTrue();
		assertThat(DatabaseFailures.isTransient(new DataAccessResourceFailureException("I/O error"))).isTrue();
		assertThat(DatabaseFailures.isTransient(
				new JpaSystemException(new RuntimeException(new SQLException("terminating connection", "57P01"))))).isTrue();
		assertThat(DatabaseFailures.isTransient(new JpaSystemException(new RuntimeException(new SQLException("gone", "08006")))))
			.isTrue();
		assertThat(DatabaseFailures.isTransient(new JpaSystemException(new RuntimeException(new SQLException("dup", "23505")))))
			.isFalse();
		assertThat(DatabaseFailures.isTransient(new JpaSystemException(new org.hibernate.TransactionException(
				"Unable to rollback against JDBC Connection", new SQLException("Connection is closed"))))).isTrue();
		assertThat(DatabaseFailures.isTransient(new CannotAcquireLockException("lock wait timeout"))).isTrue();
		assertThat(DatabaseFailures.isConnectionLost(new CannotAcquireLockException("lock wait timeout"))).isFalse();
		assertThat(DatabaseFailures.isConnectionLost(new CannotCreateTransactionException("no connection"))).isTrue();
		assertThat(DatabaseFailures.isTransient(new OptimisticLockingFailureException("stale"))).isFalse();
		assertThat(DatabaseFailures.isTransient(new IllegalStateException("a bug"))).isFalse();
	}

	private Journal proxy(Journal target) {
		this.transactions.addListener(new LostConnectionRetry.WriteCommits());
		ProxyFactory factory = new ProxyFactory(target);
		factory.setProxyTargetClass(true);
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		beans.registerSingleton("lostConnectionRetry", new LostConnectionRetry(beans.getBeanProvider(DataSource.class)));
		factory.addAdvisor(DatabaseRetryConfiguration.retryTransactionOnLostConnection(
				beans.getBeanProvider(LostConnectionRetry.class)));
		factory.addAdvice(new TransactionInterceptor(this.transactions, new AnnotationTransactionAttributeSource(false)));
		Advisor retry = factory.getAdvisors()[0];
		assertThat(retry.getAdvice()).isInstanceOf(DatabaseRetryConfiguration.RetryOnLostConnection.class);
		return (Journal) factory.getProxy();
	}

	/** Its class is in the application's package, as the advisor asks; its methods fail when told to. */
	static class Journal {

		final AtomicInteger attempts = new AtomicInteger();

		final AtomicInteger failures = new AtomicInteger();

		RuntimeException failure = new DataAccessResourceFailureException("An I/O error occurred while sending to the backend");

		@Transactional
		public String write() {
			this.attempts.incrementAndGet();
			if (this.failures.getAndDecrement() > 0) {
				throw this.failure;
			}
			return "written";
		}

		@Transactional(readOnly = true)
		public String read() {
			this.attempts.incrementAndGet();
			return "read";
		}

	}

	/** Begins and commits nothing, and fails a commit when told to. */
	static final class Transactions extends AbstractPlatformTransactionManager {

		final AtomicInteger commits = new AtomicInteger();

		final AtomicInteger commitFailures = new AtomicInteger();

		@Override
		protected Object doGetTransaction() {
			return new Object();
		}

		@Override
		protected void doBegin(Object transaction, TransactionDefinition definition) {
		}

		@Override
		protected void doCommit(DefaultTransactionStatus status) {
			if (this.commitFailures.getAndDecrement() > 0) {
				throw new DataAccessResourceFailureException("An I/O error occurred while committing");
			}
			this.commits.incrementAndGet();
		}

		@Override
		protected void doRollback(DefaultTransactionStatus status) {
		}

	}

}
