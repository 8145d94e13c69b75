package app.rekindle.system;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Which database failures are the database's passing trouble rather than anything about the request:
 * a connection that broke or was ended by the server (PostgreSQL restarting, a failover, an
 * administrator ending sessions), no connection to be had, a lock or a deadlock. A new attempt, on a
 * new connection, may well succeed; the person who sent the request did nothing wrong. A change
 * someone else saved first (an optimistic locking failure) is not among them: trying again would
 * write over it.
 */
public final class DatabaseFailures {

	/** SQLSTATE class 08 (connection exception) and PostgreSQL's "the server ended this session". */
	private static final Set<String> ENDED_SESSION_STATES = Set.of("57P01", "57P02", "57P03");

	private static final int MAX_CAUSES = 16;

	private DatabaseFailures() {
	}

	/** Whether the failure, or anything that caused it, is the database's passing trouble. */
	public static boolean isTransient(Throwable failure) {
		return isConnectionLost(failure) || find(failure, (cause) -> cause instanceof TransientDataAccessException);
	}

	/**
	 * Whether the failure, or anything that caused it, is a connection that broke or could not be had
	 * (not a lock or a deadlock): the pool's other idle connections are likely dead too.
	 */
	public static boolean isConnectionLost(Throwable failure) {
		return find(failure, (cause) -> cause instanceof CannotCreateTransactionException
				|| cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessResourceException
				|| cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
				|| cause instanceof SQLRecoverableException
				|| (cause instanceof SQLException sql && isConnectionState(sql.getSQLState()))
				// A connection that could not even begin, commit or roll back: the pool closed it (HikariCP's
				// "Connection is closed" has no state). The rollback's failure is what reaches us: it replaces
				// the statement's own failure, the one with the state.
				|| (isTransactionControl(cause) && cause.getCause() instanceof SQLException sql
						&& (sql.getSQLState() == null || isConnectionState(sql.getSQLState()))));
	}

	/** Whether a cause matches, looking no further than a change someone else saved first. */
	private static boolean find(Throwable failure, Predicate<Throwable> kind) {
		Throwable cause = failure;
		for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++) {
			if (cause instanceof OptimisticLockingFailureException) {
				return false;
			}
			if (kind.test(cause)) {
				return true;
			}
			cause = (cause.getCause() != cause) ? cause.getCause() : null;
		}
		return false;
	}

	private static boolean isTransactionControl(Throwable failure) {
		return failure instanceof org.hibernate.TransactionException || failure instanceof TransactionSystemException;
	}

	private static boolean isConnectionState(String state) {
		return state != null && (state.startsWith("08") || ENDED_SESSION_STATES.contains(state));
	}

}
