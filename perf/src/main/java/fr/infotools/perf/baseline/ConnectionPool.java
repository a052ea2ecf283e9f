package fr.infotools.perf.baseline;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/** A fixed set of connections opened at start, lent to one request at a time. */
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

	<T> T with(Work<T> work) throws SQLException {
		Connection connection;
		try {
			connection = this.idle.take();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SQLException("interrupted while waiting for a connection", ex);
		}
		try {
			return work.on(connection);
		}
		finally {
			this.idle.add(connection);
		}
	}

	@Override
	public void close() throws SQLException {
		for (Connection connection : this.idle) {
			connection.close();
		}
	}

}
