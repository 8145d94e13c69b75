package app.rekindle.account;

/**
 * The e-mails the account module asks for, sent by the mail module when the application has an SMTP
 * server. Each call is made inside the transaction of the change that causes it, so a message is
 * queued exactly when that change is saved. A link is given as a path on this site (with its token);
 * the mail module puts the site's address in front.
 */
public interface AccountMail {

	/** A link that confirms the address of a new account. */
	void confirmAddress(long accountId, EmailAddress to, String linkPath);

	/** Someone tried to start a journal with an address that already has one: was it you? */
	void signUpWithYourAddress(long accountId, EmailAddress to);

	/** A link that lets the owner choose a new password. */
	void resetPassword(long accountId, EmailAddress to, String linkPath);

}
