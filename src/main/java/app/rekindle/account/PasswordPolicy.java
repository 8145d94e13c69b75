package app.rekindle.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What makes a password acceptable: a length we can hash and a person can type, and not one of
 * the passwords that are tried first when accounts are attacked (a list shipped with the app).
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 10;

	public static final int MAX_LENGTH = 128;

	private static final String COMMON_PASSWORDS = "/security/common-passwords.txt";

	private static final Set<String> common = load();

	private PasswordPolicy() {
	}

	/** The message code of the first rule the password breaks, if any. */
	public static Optional<String> problemWith(String password) {
		if (password == null || password.length() < MIN_LENGTH) {
			return Optional.of("password.tooShort");
		}
		if (password.length() > MAX_LENGTH) {
			return Optional.of("password.tooLong");
		}
		if (isCommon(password)) {
			return Optional.of("password.common");
		}
		return Optional.empty();
	}

	static boolean isCommon(String password) {
		return common.contains(password.strip().toLowerCase(Locale.ROOT));
	}

	private static Set<String> load() {
		try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
			if (in == null) {
				throw new IllegalStateException(COMMON_PASSWORDS + " is missing from the classpath");
			}
			Set<String> passwords = new HashSet<>();
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank() && !line.startsWith("#")) {
					passwords.add(line.strip().toLowerCase(Locale.ROOT));
				}
			}
			return Set.copyOf(passwords);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
