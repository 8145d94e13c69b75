package app.rekindle.testsupport;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the database holds, table by table, for tests that prove a request changed nothing: every
 * table the database lists is included, so a table added later is covered without anyone
 * listing it. The one exception is the session store ({@code spring_session} and its attributes):
 * every request may start or touch a session (its last access, a CSRF token), which changes no one's
 * data.
 */
@Component
public class DatabaseState {

	private final JdbcTemplate jdbc;

	DatabaseState(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public List<String> tables() {
		List<String> tables = this.jdbc.queryForList(
				"select table_name from information_schema.tables where table_schema = current_schema() and table_type in ('BASE TABLE', 'TABLE')",
				String.class);
		if (tables.stream().noneMatch("account"::equalsIgnoreCase)) {
			throw new IllegalStateException("No account table among " + tables);
		}
		return tables.stream().filter((table) -> !isSessionStore(table)).sorted().toList();
	}

	private static boolean isSessionStore(String table) {
		return table.toLowerCase(java.util.Locale.ROOT).startsWith("spring_session");
	}

	/** Row counts of every table. */
	public Map<String, Long> rowCounts() {
		Map<String, Long> counts = new TreeMap<>();
		for (String table : tables()) {
			counts.put(table, this.jdbc.queryForObject("select count(*) from " + table, Long.class));
		}
		return counts;
	}

	/**
	 * A hash of every table's contents (each row's columns and values, rows in a stable order),
	 * so an edited row shows as well as an added or removed one.
	 */
	public Map<String, String> contentHashes() {
		Map<String, String> hashes = new TreeMap<>();
		for (String table : tables()) {
			List<String> rows = new ArrayList<>();
			for (Map<String, Object> row : this.jdbc.queryForList("select * from " + table)) {
				StringBuilder line = new StringBuilder();
				new TreeMap<>(row).forEach((column, value) -> line.append(column).append('=').append(text(value)).append('\u0001'));
				rows.add(line.toString());
			}
			rows.sort(null);
			hashes.put(table, rows.size() + " rows " + sha256(String.join("\n", rows)));
		}
		return hashes;
	}

	private static String text(Object value) {
		if (value instanceof byte[] bytes) {
			return HexFormat.of().formatHex(bytes);
		}
		if (value instanceof Object[] array) {
			return Arrays.deepToString(array);
		}
		return String.valueOf(value);
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
