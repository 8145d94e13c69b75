package app.rekindle.account;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a recovery code looks like: three groups of four characters, such as {@code 7kd4-qm2x-p9ht},
 * from an alphabet without the characters that are easy to confuse (no 0/o, 1/l/i, u/v). Thirty
 * characters, twelve of them: about 59 bits of chance, drawn with {@link SecureRandom}.
 */
final class RecoveryCode {

	static final String ALPHABET = "23456789abcdefghjkmnpqrstwxyz";

	private static final int GROUPS = 3;

	private static final int GROUP_LENGTH = 4;

	/** A code as it is written out: the groups joined by dashes. */
	static final Pattern WRITTEN = Pattern
		.compile("[" + ALPHABET + "]{" + GROUP_LENGTH + "}(-[" + ALPHABET + "]{" + GROUP_LENGTH + "}){" + (GROUPS - 1) + "}");

	private RecoveryCode() {
	}

	static String generate(SecureRandom random) {
		StringBuilder code = new StringBuilder();
		for (int group = 0; group < GROUPS; group++) {
			if (group > 0) {
				code.append('-');
			}
			for (int i = 0; i < GROUP_LENGTH; i++) {
				code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
			}
		}
		return code.toString();
	}

	/**
	 * The code as typed, in its written form: letter case, spaces and dashes do not matter, since a
	 * person may copy it from paper in any way.
	 */
	static Optional<String> normalise(String typed) {
		if (typed == null || typed.length() > 64) {
			return Optional.empty();
		}
		String plain = typed.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-\u2010-\u2015]", "");
		if (plain.length() != GROUPS * GROUP_LENGTH) {
			return Optional.empty();
		}
		StringBuilder written = new StringBuilder();
		for (int group = 0; group < GROUPS; group++) {
			if (group > 0) {
				written.append('-');
			}
			written.append(plain, group * GROUP_LENGTH, (group + 1) * GROUP_LENGTH);
		}
		String code = written.toString();
		return WRITTEN.matcher(code).matches() ? Optional.of(code) : Optional.empty();
	}

	/**
	 * What is stored: SHA-256 of the account id and the code. A fast hash is enough here, unlike for a
	 * password: the code is random with about 59 bits, not chosen by a person, so there is no list of
	 * likely codes to try, and trying them all against one stolen hash would take years. The account id
	 * makes equal codes of two accounts look different. The codes are single use and the form that
	 * takes them is throttled.
	 */
	static String hash(long accountId, String writtenCode) {
		return Sha256.hex(accountId + ":" + writtenCode);
	}

}
