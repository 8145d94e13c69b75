package app.rekindle.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Single-use tokens for the links we e-mail: 32 random bytes, only their SHA-256 stored, so someone who
 * reads the database cannot use a link. Issuing one replaces any earlier one for the same purpose, and
 * using one deletes it in the same statement that checks it, so it works once even when two requests race.
 * The callers' transactions hold these statements.
 */
@Component
class LinkTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	LinkTokens(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	String issue(long accountId, LinkPurpose purpose) {
		Instant now = this.clock.instant();
		this.jdbc.sql("delete from account_link where expires_at <= ? or (account_id = ? and purpose = ?)")
			.params(Throttle.at(now), accountId, purpose.name())
			.update();
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.jdbc.sql("insert into account_link (token_hash, account_id, purpose, expires_at) values (?, ?, ?, ?)")
			.params(Sha256.hex(token), accountId, purpose.name(), Throttle.at(now.plus(purpose.validFor())))
			.update();
		return token;
	}

	/** The account a token that still works belongs to, without using it up (for a page that only shows a form). */
	Optional<Long> peek(String token, LinkPurpose purpose) {
		if (!wellFormed(token)) {
			return Optional.empty();
		}
		return this.jdbc.sql("select account_id from account_link where token_hash = ? and purpose = ? and expires_at > ?")
			.params(Sha256.hex(token), purpose.name(), Throttle.at(this.clock.instant()))
			.query(Long.class)
			.optional();
	}

	/** Uses the token up: the account it belonged to, if it still worked, and never twice. */
	Optional<Long> spend(String token, LinkPurpose purpose) {
		Optional<Long> accountId = peek(token, purpose);
		if (accountId.isEmpty()) {
			return Optional.empty();
		}
		int deleted = this.jdbc.sql("delete from account_link where token_hash = ? and purpose = ? and expires_at > ?")
			.params(Sha256.hex(token), purpose.name(), Throttle.at(this.clock.instant()))
			.update();
		return (deleted == 1) ? accountId : Optional.empty();
	}

	private static boolean wellFormed(String token) {
		return token != null && token.length() == 43 && token.chars().allMatch(LinkTokens::isBase64Url);
	}

	private static boolean isBase64Url(int c) {
		return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
	}

}
