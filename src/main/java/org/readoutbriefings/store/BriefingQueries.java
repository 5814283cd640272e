package org.readoutbriefings.store;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.readoutbriefings.domain.TrackingStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The rows a briefing shows, chosen and ordered in SQL as light rows (ids, dates), so that a memo over a
 * partner with tens of thousands of readouts loads a few dozen whole readouts, not all. Portable SQL
 * ({@code FETCH FIRST}, {@code NULLS LAST}) for H2 and PostgreSQL.
 */
public class BriefingQueries {

    /** What a briefing covers: one partner country or one topic, over a period. */
    public record Scope(String country, String topic, LocalDate from, LocalDate to) {

        public static Scope country(String country, LocalDate from, LocalDate to) {
            return new Scope(country, null, from, to);
        }

        public static Scope topic(String topic, LocalDate from, LocalDate to) {
            return new Scope(null, topic, from, to);
        }

        /**
         * The scope's readouts, rows {@code s} (readout_id, meeting_date, engagement_id) of readout_country or
         * readout_topic found through their index on (country or topic, meeting date), with the given joins; a
         * query goes on with {@code AND} and its own conditions. The readout table itself is not read: its rows
         * carry the text of the readout, and looking them up one by one was most of a memo's time.
         */
        String readouts(String joins) {
            String table = country != null ? "readout_country" : "readout_topic";
            String key = country != null ? "s.country = :country" : "s.topic = :topic";
            return " " + table + " s" + joins + " WHERE " + key + " AND s.meeting_date BETWEEN :from AND :to";
        }

        String readouts() {
            return readouts("");
        }

        Map<String, Object> params() {
            Map<String, Object> params = new HashMap<>();
            params.put("from", Date.valueOf(from));
            params.put("to", Date.valueOf(to));
            params.put("country", country);
            params.put("topic", topic);
            params.put("open", Arrays.stream(TrackingStatus.values()).filter(TrackingStatus::isOpen).map(Enum::name).toList());
            return params;
        }
    }

    /**
     * A commitment or follow-up chosen for a briefing, and its readout, with its status and due date as
     * staff set them in the tracker, else as the input has them, and the owner staff gave it (or null): what the tracker shows, and what the
     * rollup's figures count.
     */
    public record Item(String id, String readoutId, TrackingStatus status, LocalDate due, String owner) {
    }

    /**
     * The columns of an {@link Item} for commitments ({@code k}, kind 'C') or follow-ups ({@code f}, 'F'),
     * and the join that gives the tracker's edits ({@code e}).
     */
    /**
     * Items of a dated readout: an undated one is in no memo or digest until staff give it a date. Against the
     * few undated readouts, which the index on the meeting date finds, not a look-up of every item's readout.
     */
    private static final String DATED = " x.readout_id NOT IN (SELECT u.id FROM readout u WHERE u.meeting_date IS NULL)";
    private static final String COMMITMENT_ITEM = " k.id, k.readout_id, COALESCE(e.status, k.status), COALESCE(e.due_date, k.due_date), e.owner_name";
    private static final String COMMITMENT_EDITS = " LEFT JOIN tracker_edit e ON e.kind = 'C' AND e.item_id = k.id";
    private static final String FOLLOW_UP_ITEM = " f.id, f.readout_id, COALESCE(e.status, f.status), COALESCE(e.due_date, f.due_date), e.owner_name";
    /** The night a staff edit was taken ({@code p}, its run-date job parameter). */
    private static final String RUN_OF_EDIT = " JOIN batch_job_execution_params p ON p.job_execution_id = e.changed_run"
            + " AND p.parameter_name = :runDate";
    private static final String FOLLOW_UP_EDITS = " LEFT JOIN tracker_edit e ON e.kind = 'F' AND e.item_id = f.id";
    private static final RowMapper<Item> ITEM = (rs, i) -> {
        Date due = rs.getDate(4);
        return new Item(rs.getString(1), rs.getString(2), TrackingStatus.valueOf(rs.getString(3)),
                due == null ? null : due.toLocalDate(), rs.getString(5));
    };

    private final NamedParameterJdbcTemplate jdbc;

    public BriefingQueries(JdbcTemplate jdbc) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
    }

    /**
     * The readouts of the most recent meetings, a list per meeting (both sides' readouts of one meeting
     * together), most recent first.
     */
    public List<List<String>> recentMeetings(Scope scope, int meetings) {
        Map<String, Object> params = scope.params();
        params.put("n", meetings);
        List<String> engagements = jdbc.queryForList("SELECT s.engagement_id FROM" + scope.readouts()
                + " GROUP BY s.engagement_id ORDER BY MAX(s.meeting_date) DESC, s.engagement_id DESC FETCH FIRST :n ROWS ONLY",
                params, String.class);
        if (engagements.isEmpty()) {
            return List.of();
        }
        params.put("engagements", engagements);
        Map<String, List<String>> byEngagement = new LinkedHashMap<>();
        engagements.forEach(e -> byEngagement.put(e, new ArrayList<>()));
        jdbc.query("SELECT s.readout_id, s.engagement_id FROM" + scope.readouts()
                + " AND s.engagement_id IN (:engagements) ORDER BY s.meeting_date DESC, s.readout_id DESC", params, rs -> {
            byEngagement.get(rs.getString(2)).add(rs.getString(1));
        });
        return List.copyOf(byEngagement.values());
    }

    /** How many meetings (engagements) the scope holds. */
    public long meetingCount(Scope scope) {
        Long n = jdbc.queryForObject("SELECT COUNT(DISTINCT s.engagement_id) FROM" + scope.readouts(),
                scope.params(), Long.class);
        return n == null ? 0 : n;
    }

    /**
     * Commitments of the scope that staff marked Done in the tracker on a night from {@code since} on, the most
     * recently completed first, at most {@code limit} (light rows).
     *
     * @param runDateParameter the job parameter holding a run's date, which dates the night the edit was taken
     */
    public List<Item> completedCommitments(Scope scope, LocalDate since, String runDateParameter, int limit) {
        Map<String, Object> params = scope.params();
        params.put("since", since.toString());
        params.put("runDate", runDateParameter);
        params.put("n", limit);
        // staff mark few items Done: when none was since then, no memo needs to look through its scope's commitments
        // for one (H2 joins them from the scope's side, a lookup per commitment: 8 % of a memo step at 100,000 readouts)
        if (jdbc.queryForObject("SELECT COUNT(*) FROM tracker_edit e" + RUN_OF_EDIT + " WHERE e.kind = 'C' AND e.status = 'DONE'"
                + " AND p.parameter_value >= :since", params, Long.class) == 0) {
            return List.of();
        }
        return jdbc.query("SELECT" + COMMITMENT_ITEM + " FROM" + scope.readouts(" JOIN commitment k ON k.readout_id = s.readout_id"
                        + " JOIN tracker_edit e ON e.kind = 'C' AND e.item_id = k.id"
                        + RUN_OF_EDIT) + " AND e.status = 'DONE' AND p.parameter_value >= :since"
                        + " ORDER BY p.parameter_value DESC, s.meeting_date DESC, k.position FETCH FIRST :n ROWS ONLY",
                params, ITEM);
    }

    /** Open commitments on a topic, from the most recent meetings, at most {@code limit} (light rows). */
    public List<Item> openCommitments(Scope scope, String topic, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        Map<String, Object> params = scope.params();
        params.put("commitmentTopic", topic);
        params.put("n", limit);
        return jdbc.query("SELECT" + COMMITMENT_ITEM + " FROM" + scope.readouts(
                        " JOIN commitment k ON k.readout_id = s.readout_id" + COMMITMENT_EDITS)
                        + " AND k.topic = :commitmentTopic AND COALESCE(e.status, k.status) IN (:open)"
                        + " ORDER BY s.meeting_date DESC, s.readout_id DESC, k.position FETCH FIRST :n ROWS ONLY",
                params, ITEM);
    }

    /**
     * Follow-ups (on a topic, unless null): open ones first, then by due date, undated last. All of them,
     * light rows: a memo lists the first few and counts the rest, from this one pass over the scope.
     */
    public List<Item> followUps(Scope scope, String topic) {
        Map<String, Object> params = scope.params();
        params.put("followUpTopic", topic);
        return jdbc.query("SELECT" + FOLLOW_UP_ITEM + " FROM"
                        + scope.readouts(" JOIN follow_up f ON f.readout_id = s.readout_id" + FOLLOW_UP_EDITS)
                        + (topic == null ? "" : " AND f.topic = :followUpTopic")
                        + " ORDER BY CASE WHEN COALESCE(e.status, f.status) IN (:open) THEN 0 ELSE 1 END,"
                        + " COALESCE(e.due_date, f.due_date) NULLS LAST, s.meeting_date DESC, f.id",
                params, ITEM);
    }

    /** The later readout each of these follow-ups is likely fulfilled by, for those that have one. */
    public Map<String, String> fulfilledBy(java.util.Collection<String> followUpIds) {
        return evidence("SELECT follow_up_id, readout_id FROM follow_up_evidence WHERE follow_up_id IN (:ids)", followUpIds);
    }

    /** The later readout that reaffirms each of these commitments, for those that have one. */
    public Map<String, String> reaffirmedBy(java.util.Collection<String> commitmentIds) {
        return evidence("SELECT commitment_id, readout_id FROM commitment_evidence WHERE commitment_id IN (:ids)", commitmentIds);
    }

    private Map<String, String> evidence(String sql, java.util.Collection<String> ids) {
        Map<String, String> evidence = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.query(sql, Map.of("ids", List.copyOf(ids)), rs -> {
                evidence.put(rs.getString(1), rs.getString(2));
            });
        }
        return evidence;
    }

    /** Each readout of the scope with its partner countries (all but {@code home}): light rows, no text. */
    public Map<String, Set<String>> partnersOfReadouts(Scope scope, String home) {
        Map<String, Object> params = scope.params();
        params.put("home", home);
        Map<String, Set<String>> partners = new LinkedHashMap<>();
        jdbc.query("SELECT s.readout_id, p.country FROM" + scope.readouts(" JOIN readout_country p ON p.readout_id = s.readout_id")
                + " AND p.country <> :home ORDER BY s.meeting_date DESC, s.readout_id DESC, p.country", params, rs -> {
            partners.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2).strip());
        });
        return partners;
    }

    /** Readouts first stored after run {@code afterRun}, most recent meeting first, at most {@code limit}. */
    public List<String> newReadouts(long afterRun, int limit) {
        return jdbc.queryForList("SELECT id FROM readout WHERE first_seen_run > :after AND meeting_date IS NOT NULL"
                + " ORDER BY meeting_date DESC, id"
                + " FETCH FIRST :n ROWS ONLY", Map.of("after", afterRun, "n", limit), String.class);
    }

    /** Commitments first stored after run {@code afterRun}, most recent meeting first, at most {@code limit}. */
    public List<Item> newCommitments(long afterRun, int limit) {
        return jdbc.query("SELECT" + COMMITMENT_ITEM + " FROM commitment k JOIN readout r ON r.id = k.readout_id" + COMMITMENT_EDITS
                        + " WHERE k.first_seen_run > :after AND r.meeting_date IS NOT NULL"
                        + " ORDER BY r.meeting_date DESC, r.id, k.position FETCH FIRST :n ROWS ONLY",
                Map.of("after", afterRun, "n", limit), ITEM);
    }

    /** How many rows of {@code readout} or {@code commitment} were first stored after run {@code afterRun}. */
    public long countNew(String table, long afterRun) {
        if (!table.equals("readout") && !table.equals("commitment")) {
            throw new IllegalArgumentException(table);
        }
        String dated = table.equals("readout") ? " AND meeting_date IS NOT NULL" : " AND" + DATED;
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " x WHERE first_seen_run > :after" + dated,
                Map.of("after", afterRun), Long.class);
        return n == null ? 0 : n;
    }

    /** Open follow-ups due in [{@code from}, {@code to}], as staff set status and due date in the tracker (from null: any time before {@code to}), soonest first. */
    public List<Item> openFollowUpsDue(LocalDate from, LocalDate to, int limit) {
        Map<String, Object> params = dueParams(from, to);
        params.put("n", limit);
        return jdbc.query("SELECT" + FOLLOW_UP_ITEM + " FROM follow_up f" + FOLLOW_UP_EDITS + " WHERE" + dueWhere(from)
                        + " ORDER BY COALESCE(e.due_date, f.due_date), f.id FETCH FIRST :n ROWS ONLY", params, ITEM);
    }

    public long countOpenFollowUpsDue(LocalDate from, LocalDate to) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM follow_up f" + FOLLOW_UP_EDITS + " WHERE" + dueWhere(from),
                dueParams(from, to), Long.class);
        return n == null ? 0 : n;
    }

    private static String dueWhere(LocalDate from) {
        String due = "COALESCE(e.due_date, f.due_date)";
        // one a later meeting likely fulfilled is neither due nor overdue
        return " COALESCE(e.status, f.status) IN (:open) AND " + due + " <= :to" + (from == null ? "" : " AND " + due + " >= :from")
                + " AND" + DATED.replace("x.", "f.") + " AND f.id NOT IN (SELECT v.follow_up_id FROM follow_up_evidence v)";
    }

    private static Map<String, Object> dueParams(LocalDate from, LocalDate to) {
        Map<String, Object> params = new HashMap<>();
        params.put("open", Arrays.stream(TrackingStatus.values()).filter(TrackingStatus::isOpen).map(Enum::name).toList());
        params.put("to", Date.valueOf(to));
        params.put("from", from == null ? null : Date.valueOf(from));
        return params;
    }
}
