package app.rekindle.system;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.session.Session;

/**
 * The sessions the store has read for the request this thread is serving, so that a request reads its
 * session from the database once. Open only between {@link #begin()} and {@link #end()}, which
 * {@link SessionsReadOnceFilter} calls around each request; anywhere else (a scheduled sweep, a test
 * calling the store) nothing is kept and every read goes to the database.
 * <p>
 * Why: Spring Session's filter saves the session as soon as the response is committed, and again when
 * the request ends. The second time, having cleared what it knew, it reads the session again only to
 * learn the id it was asked for (spring-session#1731). A redirect, or a page longer than the response's
 * buffer, commits early, so nearly every signed-in request read its session twice: one transaction in
 * six on PostgreSQL's signed-in floor (docs/PERFORMANCE.md).
 */
final class SessionsReadInRequest {

	private static final ThreadLocal<Map<String, Session>> READ = new ThreadLocal<>();

	private SessionsReadInRequest() {
	}

	/** Starts keeping the sessions read; {@code false} when a request on this thread keeps them already. */
	static boolean begin() {
		if (READ.get() != null) {
			return false;
		}
		READ.set(new HashMap<>(4));
		return true;
	}

	/** Forgets every session read, so that the thread's next request reads its own. */
	static void end() {
		READ.remove();
	}

	/**
	 * The session read earlier in this request under this id, if it still has that id and has not
	 * expired; otherwise {@code null}, and the caller reads the database.
	 */
	static <S extends Session> @Nullable S find(String id) {
		Map<String, Session> read = READ.get();
		if (read == null) {
			return null;
		}
		Session session = read.get(id);
		if (session == null || !session.getId().equals(id) || session.isExpired()) {
			read.remove(id);
			return null;
		}
		@SuppressWarnings("unchecked")
		S kept = (S) session;
		return kept;
	}

	/** Keeps a session the store has just read, when a request is being served. */
	static void remember(String id, Session session) {
		Map<String, Session> read = READ.get();
		if (read != null) {
			read.put(id, session);
		}
	}

	/** Forgets a session the store has deleted. */
	static void forget(String id) {
		Map<String, Session> read = READ.get();
		if (read != null) {
			read.remove(id);
		}
	}

}
