package app.rekindle.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A key for development, generated on first start and kept beside the embedded database, so a
 * developer needs no set-up and a restart can still read what was written.
 */
final class DevelopmentKeyFile {

	static final String KEY_ID = "dev";

	private DevelopmentKeyFile() {
	}

	/** The key ring entry ({@code dev:base64}) stored in the file, created first if missing. */
	static String readOrCreate(Path file) {
		try {
			if (Files.notExists(file)) {
				create(file);
			}
			return Files.readString(file, StandardCharsets.US_ASCII).strip();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read or create the development key " + file, ex);
		}
	}

	private static void create(Path file) throws IOException {
		Path parent = file.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		byte[] key = new byte[KeyRing.KEY_BYTES];
		new SecureRandom().nextBytes(key);
		String entry = KEY_ID + ":" + Base64.getEncoder().encodeToString(key) + "\n";
		try {
			Files.createFile(file);
			restrictToOwner(file);
			Files.writeString(file, entry, StandardCharsets.US_ASCII);
		}
		catch (FileAlreadyExistsException ex) {
			// Another instance created it first; its key is the one to use.
		}
	}

	private static void restrictToOwner(Path file) throws IOException {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			// Not a POSIX file system (Windows): the folder's own permissions apply.
		}
	}

}
