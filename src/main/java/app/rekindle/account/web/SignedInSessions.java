package app.rekindle.account.web;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * A person's signed-in sessions, wherever they were started: sessions live in the database and are
 * indexed by the email they are signed in with, so any instance can end them all.
 */
@Component
class SignedInSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	SignedInSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	/** After a new password: every other device has to sign in again with it; this one stays. */
	void endAllBut(String email, String keptSessionId) {
		this.sessions.findByPrincipalName(email)
			.keySet()
			.stream()
			.filter((id) -> !id.equals(keptSessionId))
			.forEach(this.sessions::deleteById);
	}

	/** After the account is deleted: no session may stay signed in to it, nor keep its email. */
	void endAll(String email) {
		this.sessions.findByPrincipalName(email).keySet().forEach(this.sessions::deleteById);
	}

}
