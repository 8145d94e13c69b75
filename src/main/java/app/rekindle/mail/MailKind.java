package app.rekindle.mail;

/**
 * The kinds of e-mail we send. Each has a neutral subject ({@code mail.<key>.subject}) and two templates,
 * {@code templates/mail/<key>.txt} and {@code .html}; none holds a word of the journal.
 */
enum MailKind {

	CONFIRM_ADDRESS("confirm"),

	SIGN_UP_WITH_YOUR_ADDRESS("signup-again"),

	RESET_PASSWORD("reset"),

	REMINDER("reminder");

	private final String key;

	MailKind(String key) {
		this.key = key;
	}

	String key() {
		return this.key;
	}

}
