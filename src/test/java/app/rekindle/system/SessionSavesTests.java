package app.rekindle.system;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.Session;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;

import app.rekindle.system.CoarseLastAccessSessionRepository.CoarseSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Session saves a session twice in every request; the store writes it, in a transaction of its own,
 * only when something in it changed.
 */
class SessionSavesTests {

	private final CountingStore store = new CountingStore();

	private final AtomicInteger transactions = new AtomicInteger();

	private final CoarseLastAccessSessionRepository sessions = new CoarseLastAccessSessionRepository(this.store,
			() -> new LostConnectionRetry(new StaticListableBeanFactory().getBeanProvider(DataSource.class)),
			() -> new CountingTransactions(this.transactions));

	@Test
	void aNewSessionIsWrittenOnceAndThenOnlyWhenItChanges() {
		CoarseSession session = this.sessions.createSession();

		this.sessions.save(session);
		this.sessions.save(session);

		assertThat(this.store.saves).hasValue(1);
		assertThat(this.transactions).hasValue(1);
	}

	@Test
	void aSessionReadAndSavedUnchangedIsNotWritten() {
		String id = savedSession();
		CoarseSession read = this.sessions.findById(id);
		read.getAttribute("notice");
		read.setLastAccessedTime(read.getLastAccessedTime().plusSeconds(30));

		this.sessions.save(read);
		this.sessions.save(read);

		assertThat(this.store.saves).as("only the first save, of the new session").hasValue(1);
		assertThat(this.transactions).hasValue(1);
	}

	@Test
	void everyChangeIsWritten() {
		String id = savedSession();

		change(id, (session) -> session.setAttribute("notice", "saved"));
		change(id, (session) -> session.removeAttribute("notice"));
		change(id, (session) -> session.setMaxInactiveInterval(Duration.ofHours(1)));
		change(id, (session) -> session.setLastAccessedTime(Instant.now().plus(CoarseLastAccessSessionRepository.RESOLUTION)));
		String newId = this.sessions.findById(id).changeSessionId();

		assertThat(this.store.saves).hasValue(1 + 4);
		assertThat(this.store.sessions.get(id).getAttributeNames()).isEmpty();
		assertThat(this.store.sessions.get(id).getMaxInactiveInterval()).isEqualTo(Duration.ofHours(1));
		assertThat(newId).isNotEqualTo(id);
	}

	private String savedSession() {
		CoarseSession session = this.sessions.createSession();
		this.sessions.save(session);
		return session.getId();
	}

	private void change(String id, Consumer<CoarseSession> change) {
		CoarseSession session = this.sessions.findById(id);
		change.accept(session);
		this.sessions.save(session);
		this.sessions.save(session);
	}

	/** Spring Session's map store, counting its saves and giving each read its own copy, as a database does. */
	private static final class CountingStore implements FindByIndexNameSessionRepository<MapSession> {

		private final Map<String, Session> sessions = new ConcurrentHashMap<>();

		private final MapSessionRepository delegate = new MapSessionRepository(this.sessions);

		private final AtomicInteger saves = new AtomicInteger();

		@Override
		public MapSession createSession() {
			return this.delegate.createSession();
		}

		@Override
		public void save(MapSession session) {
			this.saves.incrementAndGet();
			this.delegate.save(session);
		}

		@Override
		public MapSession findById(String id) {
			return this.delegate.findById(id);
		}

		@Override
		public void deleteById(String id) {
			this.delegate.deleteById(id);
		}

		@Override
		public Map<String, MapSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
			return Map.of();
		}

	}

	private record CountingTransactions(AtomicInteger count) implements TransactionOperations {

		@Override
		public <T> T execute(TransactionCallback<T> action) {
			this.count.incrementAndGet();
			TransactionStatus status = new SimpleTransactionStatus();
			return action.doInTransaction(status);
		}

	}

}
