package app.rekindle.system;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default database must keep every save the app has confirmed, even when the process
 * is killed. H2 by default writes committed changes to its file from a background thread every
 * 500 ms, and a SIGKILL loses what was still waiting: a person is told "saved" and the entry is
 * gone after the restart (scripts/durability.sh showed it). The default URL turns that delay off.
 * Opens the main configuration's URL (not the tests' in-memory one) on a temporary directory.
 */
class EmbeddedDatabaseDurabilityTests {

	private static final String DATA_DIRECTORY = "jdbc:h2:file:./data/";

	@TempDir
	Path directory;

	@Test
	void theDefaultDatabaseWritesEveryCommitToItsFileAtOnce() throws Exception {
		Properties main = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
		String url = main.getProperty("spring.datasource.url");
		assertThat(url).startsWith(DATA_DIRECTORY);
		String here = "jdbc:h2:file:" + this.directory.toAbsolutePath() + "/" + url.substring(DATA_DIRECTORY.length());

		try (Connection connection = DriverManager.getConnection(here, main.getProperty("spring.datasource.username"), "");
				ResultSet setting = connection.createStatement()
					.executeQuery("select setting_value from information_schema.settings where setting_name = 'WRITE_DELAY'")) {
			assertThat(setting.next()).isTrue();
			assertThat(setting.getString(1)).isEqualTo("0");
		}
	}

}
