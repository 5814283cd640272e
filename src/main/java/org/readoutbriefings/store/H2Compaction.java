package org.readoutbriefings.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gives an H2 file database back the space a run's writes left behind. H2 never overwrites a page in
 * place: each commit appends the pages it changed as a new chunk of the file. Inserting into indexes of
 * random keys (readout and commitment ids) changes pages all over them, so most of a chunk is soon dead,
 * but the rest stays live and keeps the chunk's space taken: a first load of 20,000 readouts leaves a
 * file of 540 MB holding 42 MB of data, and every later night adds to it. When less than a third of the
 * file is live, {@code SHUTDOWN COMPACT} copies the live data into a new file and replaces the old one
 * (H2's own mechanism: a compaction that is killed leaves the old file, and H2 cleans up on the next
 * open). PostgreSQL needs none of this: autovacuum reuses the space.
 */
public final class H2Compaction {

    /** Compacts when less than this share (percent) of the file is live data. */
    static final int MIN_LIVE_PERCENT = 33;

    /** What compacting did. */
    public record Result(long bytesBefore, long bytesAfter, Duration took) {
    }

    private H2Compaction() {
    }

    /**
     * Compacts an H2 file database whose file is mostly dead space, through a connection of its own. Call
     * it only once the application's connection pool is closed: H2 copies the file while it shuts down,
     * and a pool opening the database again at that moment would find it half replaced. Does nothing on
     * other databases, in-memory ones and dense files.
     */
    public static Optional<Result> compactIfSparse(String url, String user, String password) throws SQLException {
        if (url == null || !url.startsWith("jdbc:h2:")) {
            return Optional.empty();
        }
        long before;
        Path file;
        Connection connection = DriverManager.getConnection(url, user, password);
        try {
            try (Statement s = connection.createStatement()) {
                String path = path(s);
                Map<String, Long> info = info(s);
                if (path == null || !info.keySet().containsAll(List.of("info.FILE_SIZE", "info.FILL_RATE",
                        "info.CHUNKS_FILL_RATE"))
                        || info.get("info.FILL_RATE") * info.get("info.CHUNKS_FILL_RATE") / 100 >= MIN_LIVE_PERCENT) {
                    return Optional.empty();
                }
                before = info.get("info.FILE_SIZE");
                file = Path.of(path + ".mv.db");
            }
            long start = System.nanoTime();
            // no statement to close afterwards: the shutdown closes it, with the connection and the database
            connection.createStatement().execute("SHUTDOWN COMPACT");
            return Optional.of(new Result(before, size(file), Duration.ofNanos(System.nanoTime() - start)));
        } finally {
            try {
                connection.close();
            } catch (SQLException closedByTheShutdown) {
                // already closed by the shutdown
            }
        }
    }

    /** The database file's path without its suffix; null for an in-memory database. */
    private static String path(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT DATABASE_PATH()")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** H2's figures about its file (FILE_SIZE, FILL_RATE, CHUNKS_FILL_RATE, ...), as numbers. */
    private static Map<String, Long> info(Statement s) throws SQLException {
        Map<String, Long> info = new HashMap<>();
        try (ResultSet rs = s.executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                + " WHERE SETTING_NAME LIKE 'info.%'")) {
            while (rs.next()) {
                try {
                    info.put(rs.getString(1), Long.parseLong(rs.getString(2)));
                } catch (NumberFormatException notANumber) {
                    // a figure such as info.VERSION or a percentage with a sign: not one we use
                }
            }
        }
        return info;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
