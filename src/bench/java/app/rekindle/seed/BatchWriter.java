package app.rekindle.seed;

import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rows buffered per table and written in JDBC batches, parents before children. Ids are given here
 * (each table continues after its largest id), so a child row can name its parent without a round
 * trip; the identity columns are moved past them at the end, so the application's own inserts go on.
 */
final class BatchWriter {

	private final JdbcTemplate jdbc;

	private final int batchSize;

	private final Map<String, Table> tables = new LinkedHashMap<>();

	private final TransactionTemplate transactions;

	private long written;

	BatchWriter(JdbcTemplate jdbc, int batchSize) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
		this.batchSize = batchSize;
	}

	/** Declares a table; declare parents first. {@code columns[0]} is the generated id when {@code idColumn}. */
	Table table(String name, boolean idColumn, String... columns) {
		String sql = "insert into " + name + " (" + String.join(", ", columns) + ") values ("
				+ "?, ".repeat(columns.length - 1) + "?)";
		long next = 1;
		if (idColumn) {
			Long max = this.jdbc.queryForObject("select max(id) from " + name, Long.class);
			next = (max != null) ? max + 1 : 1;
		}
		Table table = new Table(name, sql, idColumn, next);
		this.tables.put(name, table);
		return table;
	}

	/** Writes what is buffered once enough has gathered; called between accounts, so every parent goes first. */
	void flushIfFull() {
		int buffered = this.tables.values().stream().mapToInt((table) -> table.rows.size()).sum();
		if (buffered >= this.batchSize * 8) {
			flush();
		}
	}

	/** One transaction per flush: a commit per batch would cost more than the inserts on H2. */
	void flush() {
		this.transactions.executeWithoutResult((status) -> writeAll());
	}

	private void writeAll() {
		for (Table table : this.tables.values()) {
			for (int from = 0; from < table.rows.size(); from += this.batchSize) {
				List<Object[]> batch = table.rows.subList(from, Math.min(table.rows.size(), from + this.batchSize));
				this.jdbc.batchUpdate(table.sql, new RowSetter(batch));
				this.written += batch.size();
			}
			table.rows.clear();
		}
	}

	/** Untyped nulls: the column knows its type, and asking the driver for it costs a round trip per value. */
	private record RowSetter(List<Object[]> rows) implements BatchPreparedStatementSetter {

		@Override
		public void setValues(PreparedStatement statement, int i) throws SQLException {
			Object[] row = this.rows.get(i);
			for (int column = 0; column < row.length; column++) {
				if (row[column] == null) {
					statement.setNull(column + 1, Types.NULL);
				}
				else {
					statement.setObject(column + 1, row[column]);
				}
			}
		}

		@Override
		public int getBatchSize() {
			return this.rows.size();
		}

	}

	long written() {
		return this.written;
	}

	/** Moves every identity column past the ids given here. */
	void restartIdentities() {
		boolean postgres = this.jdbc.execute((java.sql.Connection connection) -> isPostgres(connection.getMetaData()));
		for (Table table : this.tables.values()) {
			if (!table.idColumn) {
				continue;
			}
			if (postgres) {
				this.jdbc.execute("select setval(pg_get_serial_sequence('" + table.name + "', 'id'), "
						+ Math.max(1, table.nextId - 1) + ")");
			}
			else {
				this.jdbc.execute("alter table " + table.name + " alter column id restart with " + table.nextId);
			}
		}
	}

	private static boolean isPostgres(DatabaseMetaData metaData) throws SQLException {
		return metaData.getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
	}

	static final class Table {

		private final String name;

		private final String sql;

		private final boolean idColumn;

		private long nextId;

		private final List<Object[]> rows = new ArrayList<>();

		private Table(String name, String sql, boolean idColumn, long nextId) {
			this.name = name;
			this.sql = sql;
			this.idColumn = idColumn;
			this.nextId = nextId;
		}

		/** Buffers a row of a table with an id column; {@code values} are the other columns. Returns the id. */
		long insert(Object... values) {
			long id = this.nextId++;
			Object[] row = new Object[values.length + 1];
			row[0] = id;
			System.arraycopy(values, 0, row, 1, values.length);
			this.rows.add(row);
			return id;
		}

		/** Buffers a row of a table without a generated id. */
		void insertRow(Object... values) {
			this.rows.add(values);
		}

	}

}
