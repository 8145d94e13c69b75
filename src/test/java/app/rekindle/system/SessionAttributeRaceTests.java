package app.rekindle.system;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import app.rekindle.testsupport.JournalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Two requests of one session that set the same new attribute at once (two tabs, a double click):
 * each loaded the session before the other saved, so each writes the attribute as new. The second
 * write must replace the first, not fail on the attribute table's primary key (it gave a 500 on H2
 * under the benchmark's concurrent requests).
 */
@JournalTest
class SessionAttributeRaceTests {

	@Autowired
	private SessionRepository<? extends Session> sessions;

	@Test
	void twoRequestsAddingTheSameAttributeToOneSessionBothSave() {
		race(this.sessions);
	}

	private static <S extends Session> void race(SessionRepository<S> sessions) {
		S created = sessions.createSession();
		sessions.save(created);
		S firstTab = sessions.findById(created.getId());
		S secondTab = sessions.findById(created.getId());

		firstTab.setAttribute("notice", "from the first tab");
		secondTab.setAttribute("notice", "from the second tab");
		sessions.save(firstTab);

		assertThatNoException().isThrownBy(() -> sessions.save(secondTab));
		assertThat(sessions.findById(created.getId()).<String>getAttribute("notice")).isEqualTo("from the second tab");
		sessions.deleteById(created.getId());
	}

}
