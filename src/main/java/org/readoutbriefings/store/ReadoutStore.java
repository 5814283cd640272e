package org.readoutbriefings.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.readoutbriefings.domain.Commitment;
import org.readoutbriefings.domain.CommitmentStrength;
import org.readoutbriefings.domain.DateSource;
import org.readoutbriefings.domain.Evidence;
import org.readoutbriefings.domain.FollowUp;
import org.readoutbriefings.domain.MeetingFormat;
import org.readoutbriefings.domain.Participant;
import org.readoutbriefings.domain.Provenance;
import org.readoutbriefings.domain.Readout;
import org.readoutbriefings.domain.ReadoutWarning;
import org.readoutbriefings.domain.RecordOrigin;
import org.readoutbriefings.domain.TrackingStatus;
import org.readoutbriefings.extract.KeyTerms;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Readouts in the database. Saving is idempotent: a readout whose content has not changed is not
 * written again, and a changed one has its rows replaced under the same ids, so reading the same input
 * any number of times never duplicates anything.
 */
public class ReadoutStore {

    private static final int IN_LIST = 500;
    private static final int WRITE_LOCK_WAIT_MILLIS = 600_000;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final Clock clock;
    /** Whether the database is H2, once known. */
    private volatile Boolean h2;

    public ReadoutStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.clock = clock;
    }

    /**
     * A record of tonight's input whose id another record of tonight's input already has, in a file or line that
     * comes first or later: the first in reading order is kept, as one reader going through the files in order
     * would keep it, whichever partition stored its record first.
     *
     * @param incoming the record being saved, stored only if it is the first (then {@code rejected} is the other)
     * @param kept     where the readout that is kept was read
     * @param rejected where the readout that is not kept was read
     * @param rejectedIsProse whether the rejected record was prose (its id was derived, not given)
     */
    public record SecondClaim(Readout incoming, RecordOrigin kept, RecordOrigin rejected, boolean rejectedIsProse) {
    }

    /** What is stored of a readout, as saving compares it. */
    private record Stored(String contentHash, RecordOrigin origin, Long readInstance, boolean prose) {
    }

    /**
     * Stores readouts under their ids; {@code runId} is the job execution that read them, {@code instanceId} its
     * night. New readouts are written together, one batched statement per table for all of them; a readout whose
     * content has not changed only has its place in the input updated; a changed one has its rows replaced.
     * Holds the ingest's write lock until the transaction ends, so that partitions storing at once never both
     * insert one id. Returns the records that claimed an id another record read the same night has, each counted
     * once: the caller reports the rejected one of each.
     */
    public List<SecondClaim> saveAll(List<? extends Readout> readouts, long runId, long instanceId) {
        lockWrites();
        Map<String, Stored> stored = stored(readouts.stream().map(Readout::id).toList());
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock));
        List<Readout> fresh = new ArrayList<>();
        List<Object[]> freshRows = new ArrayList<>();
        List<Object[]> moved = new ArrayList<>();
        List<SecondClaim> claims = new ArrayList<>();
        for (Readout r : readouts) {
            String hash = contentHash(r);
            Stored before = stored.get(r.id());
            if (before != null && Objects.equals(before.readInstance(), instanceId) && !before.origin().equals(r.origin())) {
                boolean first = RecordOrigin.READING_ORDER.compare(r.origin(), before.origin()) < 0;
                claims.add(first ? new SecondClaim(r, r.origin(), before.origin(), before.prose())
                        : new SecondClaim(r, before.origin(), r.origin(), r.provenance() == Provenance.EXTRACTED));
                if (!first) {
                    continue;
                }
            }
            if (before == null) {
                fresh.add(r);
                freshRows.add(new Object[]{r.id(), date(r.meetingDate()), month(r.meetingDate()), code(r.dateSource()),
                        date(r.publishedDate()), r.issuer(), r.sourceName(), r.sourceUrl(), r.title(), r.format().code(),
                        r.location(), r.body(), r.provenance().code(), r.origin().file(), r.origin().line(), hash, runId,
                        runId, now, now, r.id(), CodeColumn.join(r.countries()), instanceId});
            } else if (before.contentHash().equals(hash)) {
                // same content; the record may have moved within its file or to another file
                moved.add(new Object[]{r.origin().file(), r.origin().line(), instanceId, r.id(), r.origin().file(),
                        r.origin().line(), instanceId});
            } else {
                replace(r, hash, runId, instanceId, now);
            }
        }
        batch("UPDATE readout SET source_file = ?, source_line = ?, source_missing = FALSE, read_instance = ? WHERE id = ?"
                + " AND (source_file <> ? OR source_line <> ? OR source_missing OR read_instance IS NULL OR read_instance <> ?)", moved);
        batch("INSERT INTO readout (id, meeting_date, meeting_month, date_source, published_date, issuer, source_name,"
                + " source_url, title, format, location, body, provenance, source_file, source_line, content_hash,"
                + " first_seen_run, updated_run, first_seen_at, updated_at, engagement_id, countries, read_instance)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", freshRows);
        insertChildren(fresh, runId, now, Map.of(), Map.of());
        return claims;
    }

    /**
     * Takes the ingest's write lock (a row of its own) until this transaction ends. H2 waits 2 s for a lock by
     * default, less than another partition's chunk may take to store and commit: this session waits longer.
     */
    private void lockWrites() {
        if (h2 == null) {
            h2 = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName().equals("H2"));
        }
        if (h2) {
            jdbc.execute("SET LOCK_TIMEOUT " + WRITE_LOCK_WAIT_MILLIS);
        }
        jdbc.queryForObject("SELECT id FROM ingest_write_lock WHERE id = 1 FOR UPDATE", Integer.class);
    }

    private Map<String, Stored> stored(List<String> ids) {
        Map<String, Stored> stored = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IN_LIST) {
            named.query("SELECT id, content_hash, source_file, source_line, read_instance, provenance FROM readout"
                            + " WHERE id IN (:ids)",
                    Map.of("ids", ids.subList(from, Math.min(ids.size(), from + IN_LIST))),
                    rs -> {
                        long instance = rs.getLong(5);
                        stored.put(rs.getString(1), new Stored(rs.getString(2), new RecordOrigin(rs.getString(3), rs.getInt(4)),
                                rs.wasNull() ? null : instance, Provenance.EXTRACTED.code().equals(rs.getString(6))));
                    });
        }
        return stored;
    }

    /** A changed readout: its rows are replaced; its commitments and follow-ups keep when they were first seen. */
    private void replace(Readout r, String hash, long runId, long instanceId, Timestamp now) {
        Map<String, Object[]> firstSeen = new HashMap<>();
        String engagement = jdbc.queryForObject("SELECT engagement_id FROM readout WHERE id = ?", String.class, r.id());
        for (String table : List.of("commitment", "follow_up")) {
            jdbc.query("SELECT id, first_seen_run, first_seen_at FROM " + table + " WHERE readout_id = ?",
                    rs -> {
                        firstSeen.put(rs.getString(1), new Object[]{rs.getLong(2), rs.getTimestamp(3)});
                    }, r.id());
        }
        deleteChildren(r.id());
        jdbc.update("UPDATE readout SET meeting_date = ?, meeting_month = ?, date_source = ?, published_date = ?, issuer = ?,"
                        + " source_name = ?, source_url = ?, title = ?, format = ?, location = ?, body = ?, provenance = ?,"
                        + " source_file = ?, source_line = ?, content_hash = ?, updated_run = ?, updated_at = ?, countries = ?,"
                        + " source_missing = FALSE, read_instance = ? WHERE id = ?",
                date(r.meetingDate()), month(r.meetingDate()), code(r.dateSource()), date(r.publishedDate()), r.issuer(),
                r.sourceName(), r.sourceUrl(), r.title(), r.format().code(), r.location(), r.body(),
                r.provenance().code(), r.origin().file(), r.origin().line(), hash, runId, now, CodeColumn.join(r.countries()),
                instanceId, r.id());
        insertChildren(List.of(r), runId, now, firstSeen, Map.of(r.id(), engagement));
    }

    private void deleteChildren(String readoutId) {
        for (String table : List.of("commitment", "follow_up", "readout_participant", "readout_country",
                "readout_organisation", "readout_topic", "readout_evidence", "readout_warning")) {
            jdbc.update("DELETE FROM " + table + " WHERE readout_id = ?", readoutId);
        }
    }

    /**
     * The rows that hang off readouts, gathered over all of them so each table takes one batched statement.
     * A readout's engagement is its own id until linking says otherwise ({@code engagements}).
     */
    private void insertChildren(List<Readout> readouts, long runId, Timestamp now, Map<String, Object[]> firstSeen,
                                Map<String, String> engagements) {
        List<Object[]> participants = new ArrayList<>();
        List<Object[]> countries = new ArrayList<>();
        List<Object[]> organisations = new ArrayList<>();
        List<Object[]> topics = new ArrayList<>();
        List<Object[]> evidence = new ArrayList<>();
        List<Object[]> warnings = new ArrayList<>();
        List<Object[]> commitments = new ArrayList<>();
        List<Object[]> followUps = new ArrayList<>();
        Object[] seenNow = {runId, now};
        for (Readout r : readouts) {
            for (int i = 0; i < r.participants().size(); i++) {
                Participant p = r.participants().get(i);
                participants.add(new Object[]{r.id(), i, p.name(), p.nativeName(), p.title(), p.country(), p.organisation()});
            }
            Date meetingDate = date(r.meetingDate());
            String engagement = engagements.getOrDefault(r.id(), r.id());
            r.countries().forEach(c -> countries.add(new Object[]{r.id(), c, meetingDate, engagement}));
            r.organisations().forEach(o -> organisations.add(new Object[]{r.id(), o}));
            for (int i = 0; i < r.topics().size(); i++) {
                topics.add(new Object[]{r.id(), i, r.topics().get(i), meetingDate, engagement});
            }
            for (int i = 0; i < r.evidence().size(); i++) {
                Evidence e = r.evidence().get(i);
                evidence.add(new Object[]{r.id(), i, e.field(), e.value(), e.sentence()});
            }
            for (int i = 0; i < r.warnings().size(); i++) {
                ReadoutWarning w = r.warnings().get(i);
                warnings.add(new Object[]{r.id(), i, w.field(), cut(w.message(), 2000)});
            }
            for (int i = 0; i < r.commitments().size(); i++) {
                Commitment c = r.commitments().get(i);
                Object[] seen = firstSeen.getOrDefault(c.id(), seenNow);
                commitments.add(new Object[]{c.id(), r.id(), i, c.text(), c.topic(),
                        c.strength() == null ? null : c.strength().name(), date(c.dueDate()), c.status().name(),
                        CodeColumn.join(c.actors()), seen[0], seen[1], KeyTerms.stored(c.text())});
            }
            for (int i = 0; i < r.followUps().size(); i++) {
                FollowUp f = r.followUps().get(i);
                Object[] seen = firstSeen.getOrDefault(f.id(), seenNow);
                followUps.add(new Object[]{f.id(), r.id(), i, f.text(), f.topic(), date(f.dueDate()), f.dueText(),
                        f.status().name(), CodeColumn.join(f.actors()), seen[0], seen[1]});
            }
        }
        batch("INSERT INTO readout_participant (readout_id, position, name, native_name, title, country, organisation)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", participants);
        batch("INSERT INTO readout_country (readout_id, country, meeting_date, engagement_id) VALUES (?, ?, ?, ?)", countries);
        batch("INSERT INTO readout_organisation (readout_id, organisation) VALUES (?, ?)", organisations);
        batch("INSERT INTO readout_topic (readout_id, position, topic, meeting_date, engagement_id) VALUES (?, ?, ?, ?, ?)",
                topics);
        batch("INSERT INTO readout_evidence (readout_id, position, field, extracted_value, sentence) VALUES (?, ?, ?, ?, ?)",
                evidence);
        batch("INSERT INTO readout_warning (readout_id, position, field, message) VALUES (?, ?, ?, ?)", warnings);
        // key terms cut here, on every core, so that the nightly matching never re-reads the texts (V27)
        batch("INSERT INTO commitment (id, readout_id, position, text, topic, strength, due_date, status, actors,"
                + " first_seen_run, first_seen_at, key_terms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", commitments);
        batch("INSERT INTO follow_up (id, readout_id, position, text, topic, due_date, due_text, status, actors,"
                + " first_seen_run, first_seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", followUps);
    }

    private void batch(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
        }
    }

    /**
     * Gives each readout whose document carries no date the meeting date staff typed for it on the tracker's
     * Needs review sheet (tracker_edit kind 'R'), and takes it back where staff cleared it. Runs every night
     * after the ingest, which stores a re-read readout undated again. A changed readout counts as updated by
     * this run, so its memos are rewritten. Returns how many readouts changed.
     */
    public int applyStaffMeetingDates(long runId) {
        List<Object[]> changes = new ArrayList<>();
        jdbc.query("SELECT r.id, e.meeting_date, r.meeting_date FROM tracker_edit e JOIN readout r ON r.id = e.item_id"
                + " WHERE e.kind = 'R' AND r.provenance = 'extracted' AND (r.meeting_date IS NULL OR r.date_source = 'given')", rs -> {
            LocalDate staff = rs.getDate(2) == null ? null : rs.getDate(2).toLocalDate();
            LocalDate stored = rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate();
            if (!Objects.equals(staff, stored)) {
                changes.add(new Object[]{rs.getString(1), staff});
            }
        });
        for (Object[] change : changes) {
            LocalDate date = (LocalDate) change[1];
            jdbc.update("UPDATE readout SET meeting_date = ?, meeting_month = ?, date_source = ?, updated_run = ? WHERE id = ?",
                    date(date), month(date), date == null ? null : DateSource.GIVEN.code(), runId, change[0]);
            for (String scope : List.of("readout_country", "readout_topic")) {
                jdbc.update("UPDATE " + scope + " SET meeting_date = ? WHERE readout_id = ?", date(date), change[0]);
            }
        }
        return changes.size();
    }

    /**
     * Gives each prose readout in which no participating country was recognised the countries staff typed for it
     * on the tracker's Needs review sheet (tracker_edit kind 'R'), and takes them back where staff cleared them.
     * Runs every night after the ingest, which stores a changed readout without them again, and after the staff's
     * meeting dates, whose date the countries' scope rows take. A changed readout counts as updated by this run.
     * Returns how many readouts changed.
     */
    public int applyStaffCountries(long runId) {
        List<String[]> changes = new ArrayList<>();
        // from the warnings, far fewer than the readouts
        jdbc.query("SELECT r.id, COALESCE(e.countries, '') FROM readout_warning w JOIN readout r ON r.id = w.readout_id"
                + " LEFT JOIN tracker_edit e ON e.kind = 'R' AND e.item_id = r.id"
                + " WHERE w.field = 'countries' AND w.message LIKE ? AND r.provenance = 'extracted'"
                + " AND COALESCE(e.countries, '') <> r.countries", rs -> {
            changes.add(new String[]{rs.getString(1), rs.getString(2)});
        }, ReadoutWarning.NO_COUNTRY_RECOGNISED + "%");
        for (String[] change : changes) {
            jdbc.update("UPDATE readout SET countries = ?, updated_run = ? WHERE id = ?", change[1], runId, change[0]);
            jdbc.update("DELETE FROM readout_country WHERE readout_id = ?", change[0]);
            batch("INSERT INTO readout_country (readout_id, country, meeting_date, engagement_id)"
                    + " SELECT id, ?, meeting_date, engagement_id FROM readout WHERE id = ?",
                    CodeColumn.split(change[1]).stream().map(c -> new Object[]{c, change[0]}).toList());
        }
        return changes.size();
    }

    /** The readouts with these ids, with everything extracted from them, keyed by id. */
    public Map<String, Readout> findByIds(Collection<String> ids) {
        Map<String, Readout> found = new HashMap<>();
        List<String> all = new ArrayList<>(new LinkedHashSet<>(ids));
        for (int from = 0; from < all.size(); from += IN_LIST) {
            load("SELECT * FROM readout r WHERE r.id IN (:ids)", Map.of("ids", all.subList(from, Math.min(all.size(), from + IN_LIST))))
                    .forEach(r -> found.put(r.id(), r));
        }
        return found;
    }

    private List<Readout> load(String sql, Map<String, Object> params) {
        Map<String, ReadoutRow> rows = new LinkedHashMap<>();
        named.query(sql, params, rs -> {
            ReadoutRow row = ReadoutRow.of(rs);
            rows.put(row.id, row);
        });
        List<String> ids = new ArrayList<>(rows.keySet());
        for (int from = 0; from < ids.size(); from += IN_LIST) {
            List<String> slice = ids.subList(from, Math.min(ids.size(), from + IN_LIST));
            loadChildren(slice, rows);
        }
        return rows.values().stream().map(ReadoutRow::toReadout).toList();
    }

    private void loadChildren(List<String> ids, Map<String, ReadoutRow> rows) {
        Map<String, Object> p = Map.of("ids", ids);
        each("SELECT readout_id, name, native_name, title, country, organisation FROM readout_participant WHERE readout_id IN (:ids)"
                + " ORDER BY readout_id, position", p, (rs, row) -> row.participants.add(new Participant(
                rs.getString("name"), rs.getString("native_name"), rs.getString("title"), trim(rs.getString("country")), rs.getString("organisation"))), rows);
        each("SELECT readout_id, organisation FROM readout_organisation WHERE readout_id IN (:ids)"
                + " ORDER BY readout_id, organisation", p, (rs, row) -> row.organisations.add(rs.getString("organisation")), rows);
        each("SELECT readout_id, topic FROM readout_topic WHERE readout_id IN (:ids) ORDER BY readout_id, position", p,
                (rs, row) -> row.topics.add(rs.getString("topic")), rows);
        each("SELECT * FROM commitment WHERE readout_id IN (:ids) ORDER BY readout_id, position", p,
                (rs, row) -> row.commitments.add(new Commitment(rs.getString("id"), row.id, rs.getString("text"),
                        CodeColumn.split(rs.getString("actors")), rs.getString("topic"),
                        rs.getString("strength") == null ? null : CommitmentStrength.valueOf(rs.getString("strength")),
                        localDate(rs, "due_date"), TrackingStatus.valueOf(rs.getString("status")))), rows);
        each("SELECT readout_id, field, message FROM readout_warning WHERE readout_id IN (:ids) ORDER BY readout_id, position",
                p, (rs, row) -> row.warnings.add(new ReadoutWarning(rs.getString("field"), rs.getString("message"))), rows);
        each("SELECT readout_id, field, extracted_value, sentence FROM readout_evidence WHERE readout_id IN (:ids)"
                + " ORDER BY readout_id, position", p, (rs, row) -> row.evidence.add(new Evidence(rs.getString("field"),
                rs.getString("extracted_value"), rs.getString("sentence"))), rows);
        each("SELECT * FROM follow_up WHERE readout_id IN (:ids) ORDER BY readout_id, position", p,
                (rs, row) -> row.followUps.add(new FollowUp(rs.getString("id"), row.id, rs.getString("text"),
                        CodeColumn.split(rs.getString("actors")), rs.getString("topic"),
                        localDate(rs, "due_date"), rs.getString("due_text"), TrackingStatus.valueOf(rs.getString("status")))), rows);
    }

    private interface ChildMapper {
        void add(ResultSet rs, ReadoutRow row) throws SQLException;
    }

    private void each(String sql, Map<String, Object> params, ChildMapper mapper, Map<String, ReadoutRow> rows) {
        named.query(sql, params, rs -> {
            mapper.add(rs, rows.get(rs.getString("readout_id")));
        });
    }

    /** Mutable holder while a readout's rows are gathered. */
    private static final class ReadoutRow {
        final String id;
        final ResultSetValues values;
        final List<Participant> participants = new ArrayList<>();
        final List<String> countries = new ArrayList<>();
        final List<String> organisations = new ArrayList<>();
        final List<String> topics = new ArrayList<>();
        final List<Commitment> commitments = new ArrayList<>();
        final List<FollowUp> followUps = new ArrayList<>();
        final List<Evidence> evidence = new ArrayList<>();
        final List<ReadoutWarning> warnings = new ArrayList<>();

        private ReadoutRow(String id, ResultSetValues values) {
            this.id = id;
            this.values = values;
        }

        static ReadoutRow of(ResultSet rs) throws SQLException {
            ReadoutRow row = new ReadoutRow(rs.getString("id"), new ResultSetValues(
                    localDate(rs, "meeting_date"), DateSource.parse(rs.getString("date_source")).orElse(null),
                    localDate(rs, "published_date"), rs.getString("issuer"),
                    rs.getString("source_name"), rs.getString("source_url"), rs.getString("title"),
                    MeetingFormat.parse(rs.getString("format")).orElse(MeetingFormat.UNKNOWN), rs.getString("location"),
                    rs.getString("body"), Provenance.valueOf(rs.getString("provenance").toUpperCase(java.util.Locale.ROOT)),
                    new RecordOrigin(rs.getString("source_file"), rs.getInt("source_line"))));
            row.countries.addAll(CodeColumn.split(rs.getString("countries")));
            return row;
        }

        Readout toReadout() {
            ResultSetValues v = values;
            return new Readout(id, v.meetingDate, v.dateSource, v.publishedDate, v.issuer, v.sourceName, v.sourceUrl, v.title,
                    v.format, v.location, participants, countries, organisations, topics, commitments, followUps,
                    v.body, v.provenance, evidence, v.origin, warnings);
        }
    }

    private record ResultSetValues(LocalDate meetingDate, DateSource dateSource, LocalDate publishedDate, String issuer, String sourceName,
                                   String sourceUrl, String title, MeetingFormat format, String location, String body,
                                   Provenance provenance, RecordOrigin origin) {
    }

    static String contentHash(Readout r) {
        // the origin is where the record sits, not what it says: moving it is not a change
        Readout content = new Readout(r.id(), r.meetingDate(), r.dateSource(), r.publishedDate(), r.issuer(), r.sourceName(),
                r.sourceUrl(), r.title(), r.format(), r.location(), r.participants(), r.countries(), r.organisations(),
                r.topics(), r.commitments(), r.followUps(), r.body(), r.provenance(), r.evidence(), null, r.warnings());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String month(LocalDate date) {
        return date == null ? null : date.toString().substring(0, 7);
    }

    private static String code(DateSource source) {
        return source == null ? null : source.code();
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 3) + "...";
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    /** CHAR(2) columns come back padded on some databases. */
    static String trim(String value) {
        return value == null ? null : value.strip();
    }
}
