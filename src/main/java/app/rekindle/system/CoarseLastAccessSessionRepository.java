package app.rekindle.system;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The database session store, writing a session's last access time only when it has moved on by
 * {@link #RESOLUTION} or more. The stamp only decides when an idle session expires (after 8 hours);
 * changes to the session itself (signing in, a CSRF token, a flash message, a new id) are written at once.
 * <p>
 * Why: writing the stamp back on every request cost a tenth of a dashboard (docs/PERFORMANCE.md).
 */
final class CoarseLastAccessSessionRepository implements FindByIndexNameSessionRepository<CoarseLastAccessSessionRepository.CoarseSession>, DisposableBean {

	static final Duration RESOLUTION = Duration.ofMinutes(1);

	private final FindByIndexNameSessionRepository<Session> store;

	@SuppressWarnings("unchecked")
	CoarseLastAccessSessionRepository(FindByIndexNameSessionRepository<? extends Session> store) {
		// Only sessions this store made are ever handed back to it, so the cast is safe.
		this.store = (FindByIndexNameSessionRepository<Session>) store;
	}

	@Override
	public CoarseSession createSession() {
		return new CoarseSession(this.store.createSession());
	}

	@Override
	public void save(CoarseSession session) {
		this.store.save(session.stored);
	}

	@Override
	public @Nullable CoarseSession findById(String id) {
		Session stored = this.store.findById(id);
		return (stored != null) ? new CoarseSession(stored) : null;
	}

	@Override
	public void deleteById(String id) {
		this.store.deleteById(id);
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

	/** A stored session whose last access time moves only in steps of {@link #RESOLUTION}. */
	static final class CoarseSession implements Session {

		private final Session stored;

		private CoarseSession(Session stored) {
			this.stored = stored;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (Duration.between(this.stored.getLastAccessedTime(), lastAccessedTime).compareTo(RESOLUTION) >= 0) {
				this.stored.setLastAccessedTime(lastAccessedTime);
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
		}

		@Override
		public void removeAttribute(String attributeName) {
			this.stored.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.stored.getCreationTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.stored.setMaxInactiveInterval(interval);
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
