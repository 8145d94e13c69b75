package app.rekindle.system;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The database session store, writing a session's last access time only when it has moved on by
 * {@link #RESOLUTION} or more. The stamp only decides when an idle session expires (after 8 hours);
 * changes to the session itself (signing in, a CSRF token, a flash message, a new id) are written at once.
 * <p>
 * Why: writing the stamp back on every request cost a tenth of a dashboard (docs/PERFORMANCE.md).
 * <p>
 * A request reads its session from the database once, however often Spring Session asks for it
 * ({@link SessionsReadInRequest}), and in one statement without a transaction around it: the read is
 * one query, consistent on its own, and on PostgreSQL a transaction adds a round trip to the server.
 * Saves and deletes, which may run several statements, each have a transaction of their own, as
 * Spring Session gives them by default.
 * <p>
 * Every request reads its session here and many write it, so a broken database connection would
 * fail them at either end, outside any form: each read and write is tried once more on a new
 * connection ({@link LostConnectionRetry}).
 */
final class CoarseLastAccessSessionRepository implements FindByIndexNameSessionRepository<CoarseLastAccessSessionRepository.CoarseSession>, DisposableBean {

	static final Duration RESOLUTION = Duration.ofMinutes(1);

	private final FindByIndexNameSessionRepository<Session> store;

	private final Supplier<LostConnectionRetry> retry;

	private final Supplier<TransactionOperations> writes;

	/**
	 * @param store Spring Session's store, running its statements without a transaction of its own
	 * @param writes a transaction of its own for each save and delete, which may run several statements
	 */
	@SuppressWarnings("unchecked")
	CoarseLastAccessSessionRepository(FindByIndexNameSessionRepository<? extends Session> store,
			Supplier<LostConnectionRetry> retry, Supplier<TransactionOperations> writes) {
		// Only sessions this store made are ever handed back to it, so the cast is safe.
		this.store = (FindByIndexNameSessionRepository<Session>) store;
		this.retry = retry;
		this.writes = writes;
	}

	@Override
	public CoarseSession createSession() {
		CoarseSession created = new CoarseSession(this.store.createSession());
		created.changed = true;
		return created;
	}

	/**
	 * Writes the session (its row and its attributes' rows) in one transaction; nothing, and no
	 * transaction, when nothing in it changed since it was read or last saved. Spring Session saves it
	 * twice a request, and most requests change nothing.
	 */
	@Override
	public void save(CoarseSession session) {
		if (!session.changed) {
			return;
		}
		this.retry.get().call(() -> {
			this.writes.get().executeWithoutResult((status) -> this.store.save(session.stored));
			return null;
		});
		session.changed = false;
	}

	/** The session with this id, read from the database once per request ({@link SessionsReadInRequest}). */
	@Override
	public @Nullable CoarseSession findById(String id) {
		CoarseSession read = SessionsReadInRequest.find(id);
		if (read != null) {
			return read;
		}
		Session stored = this.retry.get().call(() -> this.store.findById(id));
		if (stored == null) {
			return null;
		}
		CoarseSession session = new CoarseSession(stored);
		SessionsReadInRequest.remember(id, session);
		return session;
	}

	@Override
	public void deleteById(String id) {
		SessionsReadInRequest.forget(id);
		this.retry.get().call(() -> {
			this.writes.get().executeWithoutResult((status) -> this.store.deleteById(id));
			return null;
		});
	}

	@Override
	public Map<String, CoarseSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		Map<String, CoarseSession> sessions = new LinkedHashMap<>();
		this.store.findByIndexNameAndIndexValue(indexName, indexValue)
			.forEach((id, stored) -> sessions.put(id, new CoarseSession(stored)));
		return sessions;
	}

	@Override
	public void destroy() throws Exception {
		// The store sweeps expired sessions on a timer of its own; it stops with the application.
		if (this.store instanceof DisposableBean disposable) {
			disposable.destroy();
		}
	}

	/**
	 * A stored session whose last access time moves only in steps of {@link #RESOLUTION}, and which
	 * knows whether anything in it changed since it was read or saved.
	 */
	static final class CoarseSession implements Session {

		private final Session stored;

		private boolean changed;

		private CoarseSession(Session stored) {
			this.stored = stored;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (Duration.between(this.stored.getLastAccessedTime(), lastAccessedTime).compareTo(RESOLUTION) >= 0) {
				this.stored.setLastAccessedTime(lastAccessedTime);
				this.changed = true;
			}
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.stored.getLastAccessedTime();
		}

		@Override
		public String getId() {
			return this.stored.getId();
		}

		@Override
		public String changeSessionId() {
			this.changed = true;
			return this.stored.changeSessionId();
		}

		@Override
		public <T> @Nullable T getAttribute(String attributeName) {
			return this.stored.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.stored.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			this.stored.setAttribute(attributeName, attributeValue);
			this.changed = true;
		}

		@Override
		public void removeAttribute(String attributeName) {
			this.stored.removeAttribute(attributeName);
			this.changed = true;
		}

		@Override
		public Instant getCreationTime() {
			return this.stored.getCreationTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.stored.setMaxInactiveInterval(interval);
			this.changed = true;
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.stored.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.stored.isExpired();
		}

	}

}
