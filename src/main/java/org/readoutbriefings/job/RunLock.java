package org.readoutbriefings.job;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

/**
 * Keeps two runs from working on one database at once. On PostgreSQL it holds a session advisory lock for
 * the run's duration and releases it at the end; if the process dies, the server releases it with the
 * session, so a crash never leaves a stale lock. An H2 file database needs none: it belongs to one process, and a second one cannot
 * open it.
 */
public final class RunLock implements AutoCloseable {

    /** The advisory lock's key: any constant, the same for every run of this application. */
    private static final long KEY = 0x52656164_6f757442L;

    private final Connection connection;
    private final boolean held;

    private RunLock(Connection connection, boolean held) {
        this.connection = connection;
        this.held = held;
    }

    public static RunLock acquire(DataSource dataSource) throws SQLException {
        Connection connection = dataSource.getConnection();
        if (!connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
            connection.close();
            return new RunLock(null, true);
        }
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT pg_try_advisory_lock(" + KEY + ")")) {
            rs.next();
            return new RunLock(connection, rs.getBoolean(1));
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** False when another run holds the lock. */
    public boolean held() {
        return held;
    }

    @Override
    public void close() throws SQLException {
        if (connection == null) {
            return;
        }
        // Unlock explicitly: closing may only return the connection to a pool, and even a real disconnect
        // releases the lock when the server's backend exits, a moment after the client has moved on.
        try (Connection c = connection) {
            if (held) {
                try (Statement s = c.createStatement()) {
                    s.execute("SELECT pg_advisory_unlock(" + KEY + ")");
                }
            }
        }
    }
}
