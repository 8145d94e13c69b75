package app.rekindle.mail;

/** A message the relay has claimed: which kind, to whom, the link it carries, and the claim it holds. */
record OutboxMessage(long id, long accountId, MailKind kind, String recipient, String linkPath, int attempts,
		String claim) {

}
