package app.rekindle.privacy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class DevelopmentKeyFileTests {

	@TempDir
	Path dir;

	@Test
	void generatesAKeyOnceAndKeepsIt() throws Exception {
		Path file = this.dir.resolve("data/development-encryption.key");

		String first = DevelopmentKeyFile.readOrCreate(file);
		String second = DevelopmentKeyFile.readOrCreate(file);

		assertThat(first).startsWith("dev:").isEqualTo(second);
		assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
		JournalTextCipher cipher = new JournalTextCipher(KeyRing.parse(first, null));
		assertThat(cipher.decrypt(cipher.encrypt("still here after a restart"))).isEqualTo("still here after a restart");
	}

}
