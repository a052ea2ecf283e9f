package fr.infotools.perf.baseline;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A fixed set of connections opened at start and lent to one piece of work at a time: no
 * pool library, so that what the baseline costs is the driver and the database.
 */
final class ConnectionPool implements AutoCloseable {

	private final BlockingQueue<Connection> idle;

	ConnectionPool(String url, String user, String password, int size) throws SQLException {
		this.idle = new ArrayBlockingQueue<>(size);
		for (int i = 0; i < size; i++) {
			this.idle.add(DriverManager.getConnection(url, user, password));
		}
	}

	interface Work<T> {

		T on(Connection connection) throws SQLException;

	}

	/** Runs the work in auto-commit mode, as the server's session check runs. */
	<T> T run(Work<T> work) throws SQLException {
		Connection connection = take();
		try {
			return work.on(connection);
		}
		finally {
			this.idle.add(connection);
		}
	}

	/**
	 * Runs the work in one transaction with the statements Spring's read-only
	 * transactions send on MariaDB ({@code set autocommit=0}, then {@code COMMIT} or
	 * {@code ROLLBACK}, then {@code set autocommit=1}): the server pays these round
	 * trips, so the baseline pays them too.
	 */
	<T> T inTransaction(Work<T> work) throws SQLException {
		Connection connection = take();
		try {
			connection.setAutoCommit(false);
			try {
				T result = work.on(connection);
				connection.commit();
				return result;
			}
			catch (SQLException | RuntimeException ex) {
				connection.rollback();
				throw ex;
			}
			finally {
				connection.setAutoCommit(true);
			}
		}
		finally {
			this.idle.add(connection);
		}
	}

	private Connection take() throws SQLException {
		try {
			return this.idle.take();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SQLException("interrupted while waiting for a connection", ex);
		}
	}

	@Override
	public void close() throws SQLException {
		for (Connection connection : this.idle) {
			connection.close();
		}
	}

}
