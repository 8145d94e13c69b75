package app.rekindle.system;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.session.MapSession;

import static org.assertj.core.api.Assertions.assertThat;

/** What a request keeps of the sessions it has read, and when it reads the database again instead. */
class SessionsReadInRequestTests {

	@AfterEach
	void endRequest() {
		SessionsReadInRequest.end();
	}

	@Test
	void outsideARequestNothingIsKept() {
		MapSession session = new MapSession();
		SessionsReadInRequest.remember(session.getId(), session);

		assertThat(SessionsReadInRequest.<MapSession>find(session.getId())).isNull();
	}

	@Test
	void withinARequestASessionReadIsFoundAgainUntilTheRequestEnds() {
		assertThat(SessionsReadInRequest.begin()).isTrue();
		assertThat(SessionsReadInRequest.begin()).as("a request on this thread keeps them already").isFalse();
		MapSession session = new MapSession();
		SessionsReadInRequest.remember(session.getId(), session);

		assertThat(SessionsReadInRequest.<MapSession>find(session.getId())).isSameAs(session);

		SessionsReadInRequest.end();
		assertThat(SessionsReadInRequest.<MapSession>find(session.getId())).isNull();
	}

	@Test
	void aSessionWhoseIdChangedIsReadAgainUnderItsOldId() {
		SessionsReadInRequest.begin();
		MapSession session = new MapSession();
		String old = session.getId();
		SessionsReadInRequest.remember(old, session);

		session.changeSessionId();

		assertThat(SessionsReadInRequest.<MapSession>find(old)).isNull();
	}

	@Test
	void anExpiredOrDeletedSessionIsReadAgain() {
		SessionsReadInRequest.begin();
		MapSession expired = new MapSession();
		expired.setMaxInactiveInterval(Duration.ofMinutes(1));
		expired.setLastAccessedTime(Instant.now().minus(Duration.ofMinutes(2)));
		SessionsReadInRequest.remember(expired.getId(), expired);
		MapSession deleted = new MapSession();
		SessionsReadInRequest.remember(deleted.getId(), deleted);

		SessionsReadInRequest.forget(deleted.getId());

		assertThat(SessionsReadInRequest.<MapSession>find(expired.getId())).isNull();
		assertThat(SessionsReadInRequest.<MapSession>find(deleted.getId())).isNull();
	}

}
