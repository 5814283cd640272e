package org.readoutbriefings.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Random;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** H2's file after many small commits of random keys, as a night's ingest leaves it, and after compaction. */
class H2CompactionTest {

    @TempDir
    Path folder;

    @Test
    void compactsAFileOfMostlyDeadPagesAndKeepsEveryRow() throws Exception {
        JdbcDataSource db = h2("sparse");
        long rows = 0;
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE item (id VARCHAR(40) PRIMARY KEY, text VARCHAR(200))");
            c.setAutoCommit(false);
            Random random = new Random(1);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO item VALUES (?, ?)")) {
                // a commit every 100 random keys rewrites index pages all over the file, as ingest does
                while (rows < 20_000 || livePercent(s) >= H2Compaction.MIN_LIVE_PERCENT && rows < 400_000) {
                    for (int i = 0; i < 100; i++, rows++) {
                        insert.setString(1, Long.toHexString(random.nextLong()));
                        insert.setString(2, "commitment " + rows);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                    c.commit();
                }
            }
        }
        Path file = folder.resolve("sparse.mv.db");
        long before = Files.size(file);

        Optional<H2Compaction.Result> result = H2Compaction.compactIfSparse(db.getURL(), "sa", "");

        assertThat(result).isPresent();
        assertThat(result.get().bytesBefore()).isEqualTo(before);
        assertThat(result.get().bytesAfter()).isEqualTo(Files.size(file)).isLessThan(before / 2);
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT text) FROM item")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(rows);
            assertThat(rs.getLong(2)).isEqualTo(rows);
            assertThat(livePercent(s)).isGreaterThanOrEqualTo(H2Compaction.MIN_LIVE_PERCENT);
        }
    }

    @Test
    void leavesADenseFileAnInMemoryDatabaseAndOtherDatabasesAlone() throws Exception {
        JdbcDataSource dense = h2("dense");
        try (Connection c = dense.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE item (id INTEGER PRIMARY KEY)");
            s.execute("INSERT INTO item SELECT X FROM SYSTEM_RANGE(1, 1000)");
            assertThat(H2Compaction.compactIfSparse(dense.getURL(), "sa", "")).isEmpty();
            assertThat(s.executeQuery("SELECT COUNT(*) FROM item").next()).isTrue(); // still open
        }
        assertThat(H2Compaction.compactIfSparse("jdbc:h2:mem:compaction", "sa", "")).isEmpty();
        assertThat(H2Compaction.compactIfSparse("jdbc:postgresql://localhost/none", "x", "")).isEmpty();
    }

    private JdbcDataSource h2(String name) {
        JdbcDataSource db = new JdbcDataSource();
        // as the nightly run opens it: each commit written at once; no background compaction
        db.setURL("jdbc:h2:file:" + folder.resolve(name).toAbsolutePath() + ";WRITE_DELAY=0;MAX_COMPACT_TIME=0");
        db.setUser("sa");
        return db;
    }

    private static long livePercent(Statement s) throws SQLException {
        long fill = 0;
        long chunks = 0;
        try (ResultSet rs = s.executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                + " WHERE SETTING_NAME IN ('info.FILL_RATE', 'info.CHUNKS_FILL_RATE')")) {
            while (rs.next()) {
                long value = Long.parseLong(rs.getString(2));
                if (rs.getString(1).equals("info.FILL_RATE")) {
                    fill = value;
                } else {
                    chunks = value;
                }
            }
        }
        return fill * chunks / 100;
    }
}
