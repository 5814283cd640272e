package org.readoutbriefings.rollup;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Rebuilds {@code rollup_month} from the stored readouts: per partner country, topic and month, the
 * meetings, the first and last meeting dates, commitments (open and total) and follow-ups (open, and
 * open with a due date on or before the run date). A status or due date staff set in the tracker counts
 * instead of the input's (as stored by the previous night's tracker step).
 * <p>
 * A meeting (an engagement: one or more readouts of it, see {@link EngagementLinker}) counts once for
 * each of its partner countries and topics; a commitment or follow-up counts
 * under its own topic. Because a readout has several topics, sums over topics would count a meeting
 * more than once, so the table also holds the totals: rows with topic {@value #ALL} (all topics of a
 * partner country) and rows with partner country {@value #ALL} (all partners on a topic), each counting
 * a readout once. The table is replaced in the step's transaction, so a failed rebuild leaves the
 * previous one in place.
 */
public class RollupBuilder implements Tasklet {

    /** The partner country or topic of a row that totals over all of them. */
    public static final String ALL = "*";

    private static final Logger log = LoggerFactory.getLogger(RollupBuilder.class);

    private static final String PARTNER_JOIN = " JOIN readout_country c ON c.readout_id = r.id AND c.country <> :home";
    private static final String HAS_PARTNER = " WHERE EXISTS (SELECT 1 FROM readout_country c WHERE c.readout_id = r.id"
            + " AND c.country <> :home)";
    /** Staff's status and due date from the tracker (tracker_edit, kinds 'C' and 'F') win over the input's. */
    private static final String OPEN = "COALESCE(e.status, %s.status) IN ('OPEN', 'IN_PROGRESS')";
    private static final String EDIT = " LEFT JOIN tracker_edit e ON e.kind = '%s' AND e.item_id = %s.id";

    /** One way of grouping: by partner and topic, by partner alone, or by topic alone. */
    private record Grouping(boolean byPartner, boolean byTopic) {

        String partner() {
            return byPartner ? "c.country" : "'" + ALL + "'";
        }

        String topic(String alias) {
            return byTopic ? alias + ".topic" : "'" + ALL + "'";
        }

        String from(String alias) {
            return byPartner ? PARTNER_JOIN : "";
        }

        String where() {
            return byPartner ? "" : HAS_PARTNER;
        }

        String groupBy(String alias) {
            List<String> columns = new ArrayList<>();
            if (byPartner) {
                columns.add("c.country");
            }
            if (byTopic) {
                columns.add(alias + ".topic");
            }
            columns.add("r.meeting_month");
            return " GROUP BY " + String.join(", ", columns);
        }
    }

    private static final List<Grouping> GROUPINGS = List.of(
            new Grouping(true, true), new Grouping(true, false), new Grouping(false, true));

    private final NamedParameterJdbcTemplate jdbc;
    private final String homeCountry;
    private final LocalDate asOf;

    public RollupBuilder(JdbcTemplate jdbc, String homeCountry, LocalDate asOf) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.homeCountry = homeCountry;
        this.asOf = asOf;
    }

    /** Grouping key, ordered like the table's primary key. */
    private record Key(String partner, String topic, String month) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = partner.compareTo(o.partner);
            c = c != 0 ? c : topic.compareTo(o.topic);
            return c != 0 ? c : month.compareTo(o.month);
        }
    }

    private static final class Counts {
        int meetings;
        LocalDate first;
        LocalDate last;
        int commitmentsTotal;
        int commitmentsOpen;
        int followUpsOpen;
        int followUpsDue;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        Map<String, Object> params = Map.of("home", homeCountry, "asOf", Date.valueOf(asOf));
        Map<Key, Counts> rollup = new TreeMap<>();
        for (Grouping g : GROUPINGS) {
            String topicJoin = g.byTopic() ? " JOIN readout_topic t ON t.readout_id = r.id" : "";
            // a meeting reported by both sides is one engagement, counted once
            jdbc.query("SELECT " + g.partner() + ", " + g.topic("t") + ", r.meeting_month, COUNT(DISTINCT r.engagement_id),"
                    + " MIN(r.meeting_date), MAX(r.meeting_date) FROM readout r" + g.from("r") + topicJoin
                    + g.where() + g.groupBy("t"), params, rs -> {
                Counts counts = rollup.computeIfAbsent(key(rs.getString(1), rs.getString(2), rs.getString(3)),
                        k -> new Counts());
                counts.meetings = rs.getInt(4);
                counts.first = rs.getDate(5).toLocalDate();
                counts.last = rs.getDate(6).toLocalDate();
            });
            jdbc.query("SELECT " + g.partner() + ", " + g.topic("k") + ", r.meeting_month, COUNT(*),"
                    + " SUM(CASE WHEN " + OPEN.formatted("k") + " THEN 1 ELSE 0 END)"
                    + " FROM commitment k JOIN readout r ON r.id = k.readout_id" + g.from("r") + EDIT.formatted("C", "k")
                    + g.where()
                    + g.groupBy("k"), params, rs -> {
                Counts counts = rollup.get(key(rs.getString(1), rs.getString(2), rs.getString(3)));
                if (counts != null) {
                    counts.commitmentsTotal = rs.getInt(4);
                    counts.commitmentsOpen = rs.getInt(5);
                }
            });
            jdbc.query("SELECT " + g.partner() + ", " + g.topic("f") + ", r.meeting_month,"
                    + " SUM(CASE WHEN " + OPEN.formatted("f") + " THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN " + OPEN.formatted("f") + " AND COALESCE(e.due_date, f.due_date) <= :asOf"
                    + " THEN 1 ELSE 0 END)"
                    + " FROM follow_up f JOIN readout r ON r.id = f.readout_id" + g.from("r") + EDIT.formatted("F", "f")
                    + g.where()
                    + g.groupBy("f"), params, rs -> {
                Counts counts = rollup.get(key(rs.getString(1), rs.getString(2), rs.getString(3)));
                if (counts != null) {
                    counts.followUpsOpen = rs.getInt(4);
                    counts.followUpsDue = rs.getInt(5);
                }
            });
        }

        jdbc.getJdbcTemplate().update("DELETE FROM rollup_month");
        List<Object[]> rows = new ArrayList<>(rollup.size());
        rollup.forEach((k, c) -> rows.add(new Object[]{k.partner, k.topic, k.month, c.meetings, Date.valueOf(c.first),
                Date.valueOf(c.last), c.commitmentsTotal, c.commitmentsOpen, c.followUpsOpen, c.followUpsDue}));
        jdbc.getJdbcTemplate().batchUpdate("INSERT INTO rollup_month (partner_country, topic, period_month, meetings,"
                + " first_date, last_date, commitments_total, commitments_open, follow_ups_open, follow_ups_due)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        contribution.incrementWriteCount(rows.size());
        log.info("Rollup: {} partner-country x topic x month rows", rows.size());
        return RepeatStatus.FINISHED;
    }

    private static Key key(String partner, String topic, String month) {
        return new Key(partner.strip(), topic, month);
    }
}
