package app.rekindle.account.web;

import java.util.List;

/** The words of the downloaded file of recovery codes. */
final class RecoveryCodesFile {

	private RecoveryCodesFile() {
	}

	static String text(List<String> codes) {
		StringBuilder text = new StringBuilder();
		text.append("Recovery codes for your journal\n\n");
		text.append("If you ever cannot log in, choose \"Can't log in?\" on the log-in page and use one of these\n");
		text.append("codes with your email to choose a new password. Each code works once.\n\n");
		for (String code : codes) {
			text.append("    ").append(code).append('\n');
		}
		text.append("\nKeep this file somewhere only you can open, like a password.\n");
		return text.toString();
	}

}
