package org.readoutbriefings.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readoutbriefings.domain.Commitment;
import org.readoutbriefings.domain.FollowUp;
import org.readoutbriefings.domain.Readout;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Country codes moved into columns ({@link CodeColumn}): a database written before the migration keeps them.
 * V12 folds the actor tables into a column of their item; V14 copies a readout's countries into its row.
 */
class CodeColumnsMigrationTest {

    @TempDir
    Path folder;

    @Test
    void actorsStoredAsRowsBeforeV12AreReadFromTheColumnAfterIt() {
        JdbcDataSource db = database();
        JdbcTemplate jdbc = readoutBefore(db, "11", "r1");
        for (String id : List.of("c1", "c2")) {
            jdbc.update("INSERT INTO commitment (id, readout_id, position, text, topic, status, first_seen_run,"
                    + " first_seen_at) VALUES (?, 'r1', ?, 'will cooperate', 'trade', 'OPEN', 1, TIMESTAMP '2026-03-03 00:00:00')",
                    id, id.equals("c1") ? 0 : 1);
        }
        jdbc.update("INSERT INTO commitment_actor VALUES ('c1', 'US'), ('c1', 'CN')");
        jdbc.update("INSERT INTO follow_up (id, readout_id, position, text, topic, status, first_seen_run, first_seen_at)"
                + " VALUES ('f1', 'r1', 0, 'will meet again', 'trade', 'OPEN', 1, TIMESTAMP '2026-03-03 00:00:00')");
        jdbc.update("INSERT INTO follow_up_actor VALUES ('f1', 'KR')");

        migrate(db, "latest");

        Readout r = new ReadoutStore(jdbc, Clock.systemUTC()).findByIds(List.of("r1")).get("r1");
        assertThat(r.commitments()).extracting(Commitment::id, Commitment::actors)
                .containsExactly(tuple("c1", List.of("CN", "US")),
                        tuple("c2", List.of()));
        assertThat(r.followUps()).extracting(FollowUp::actors).containsExactly(List.of("KR"));
        assertThat(jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE LOWER(table_name) LIKE '%actor%'",
                String.class)).isEmpty();
    }

    @Test
    void countriesStoredAsRowsBeforeV14AreInTheReadoutRowAfterIt() {
        JdbcDataSource db = database();
        JdbcTemplate jdbc = readoutBefore(db, "13", "r1");
        readoutBefore(db, "13", "r2");
        jdbc.update("INSERT INTO readout_country (readout_id, country, meeting_date, engagement_id) VALUES"
                + " ('r1', 'US', DATE '2026-03-02', 'r1'), ('r1', 'JP', DATE '2026-03-02', 'r1'),"
                + " ('r1', 'CN', DATE '2026-03-02', 'r1')");

        migrate(db, "latest");

        assertThat(jdbc.queryForList("SELECT id, countries FROM readout ORDER BY id"))
                .extracting(row -> row.get("ID"), row -> row.get("COUNTRIES"))
                .containsExactly(tuple("r1", "CN JP US"), tuple("r2", ""));
        assertThat(new ReadoutStore(jdbc, Clock.systemUTC()).findByIds(List.of("r1", "r2")))
                .extractingByKeys("r1", "r2").extracting(Readout::countries)
                .containsExactly(List.of("CN", "JP", "US"), List.of());
    }

    private JdbcDataSource database() {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:file:" + folder.resolve("briefings"));
        db.setUser("sa");
        return db;
    }

    /** A readout written by the schema up to version {@code version}. */
    private static JdbcTemplate readoutBefore(JdbcDataSource db, String version, String id) {
        migrate(db, version);
        JdbcTemplate jdbc = new JdbcTemplate(db);
        jdbc.update("INSERT INTO readout (id, meeting_date, meeting_month, title, format, body, source_file, source_line,"
                + " content_hash, first_seen_run, updated_run, first_seen_at, updated_at, engagement_id) VALUES"
                + " (?, DATE '2026-03-02', '2026-03', 'Call', 'call', 'text', 'a.json', 1, REPEAT('0', 64), 1, 1,"
                + " TIMESTAMP '2026-03-03 00:00:00', TIMESTAMP '2026-03-03 00:00:00', ?)", id, id);
        return jdbc;
    }

    private static void migrate(JdbcDataSource db, String target) {
        Flyway.configure().dataSource(db).locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .target(target).load().migrate();
    }
}
