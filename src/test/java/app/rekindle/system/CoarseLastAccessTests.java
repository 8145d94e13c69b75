package app.rekindle.system;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import app.rekindle.testsupport.JournalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading page after page writes a person's session back at most once a minute, yet the session still
 * expires from the time it was last used (to the minute), and changes to it are written at once.
 */
@JournalTest
class CoarseLastAccessTests {

	@Autowired
	private SessionRepository<? extends Session> sessions;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aSessionUsedAgainWithinAMinuteIsNotWrittenBack() {
		stampedTwice(this.sessions, 59, (id, first, second) -> assertThat(storedLastAccess(id)).isEqualTo(first));
	}

	@Test
	void aSessionUsedAMinuteLaterIsWrittenBackWithItsNewTime() {
		stampedTwice(this.sessions, 60, (id, first, second) -> assertThat(storedLastAccess(id)).isEqualTo(second));
	}

	@Test
	void anAttributeSetWithinTheMinuteIsWrittenAtOnce() {
		Session created = saved(this.sessions, Instant.now());
		touchAndSave(this.sessions, created.getId(), created.getLastAccessedTime().plusSeconds(5), "notice", "saved");

		assertThat(this.sessions.findById(created.getId()).<String>getAttribute("notice")).isEqualTo("saved");
	}

	private <S extends Session> void stampedTwice(SessionRepository<S> repository, long secondsLater, Check check) {
		S created = saved(repository, Instant.now());
		long first = storedLastAccess(created.getId());
		Instant second = Instant.ofEpochMilli(first).plusSeconds(secondsLater);
		touchAndSave(repository, created.getId(), second, null, null);
		check.against(created.getId(), first, second.toEpochMilli());
		repository.deleteById(created.getId());
	}

	private static <S extends Session> S saved(SessionRepository<S> repository, Instant at) {
		S session = repository.createSession();
		session.setLastAccessedTime(at);
		repository.save(session);
		return session;
	}

	private static <S extends Session> void touchAndSave(SessionRepository<S> repository, String id, Instant at,
			String attribute, String value) {
		S again = repository.findById(id);
		again.setLastAccessedTime(at);
		if (attribute != null) {
			again.setAttribute(attribute, value);
		}
		repository.save(again);
	}

	private long storedLastAccess(String id) {
		return this.jdbc.queryForObject("select last_access_time from spring_session where session_id = ?", Long.class, id);
	}

	private interface Check {

		void against(String id, long first, long second);

	}

}
