package org.readoutbriefings.rollup;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.readoutbriefings.progress.ProgressReporter;
import org.readoutbriefings.store.CodeColumn;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rebuilds {@code rollup_month} from the stored readouts: per partner country, topic and month, the
 * meetings, the first and last meeting dates, commitments (open and total) and follow-ups (open, and
 * open with a due date on or before the run date). A status or due date staff set in the tracker counts
 * instead of the input's (as the tracker-edits step took them earlier in the run).
 * <p>
 * A meeting (an engagement: one or more readouts of it, see {@link EngagementLinker}) counts once for
 * each of its partner countries and topics; a commitment or follow-up counts
 * under its own topic. Because a readout has several topics, sums over topics would count a meeting
 * more than once, so the table also holds the totals: rows with topic {@value #ALL} (all topics of a
 * partner country) and rows with partner country {@value #ALL} (all partners on a topic), each counting
 * a readout once. The table is replaced in the step's transaction, so a failed rebuild leaves the
 * previous one in place.
 * <p>
 * The counting is done here rather than in SQL: a handful of plain scans (readouts with their countries,
 * their topics, commitments, follow-ups) and hash maps are several times faster than grouped joins on the
 * embedded database, and the same on PostgreSQL. What is held in memory is a few short fields a readout.
 */
public class RollupBuilder implements Tasklet {

    /** The partner country or topic of a row that totals over all of them. */
    public static final String ALL = "*";

    private final JdbcTemplate jdbc;
    private final String homeCountry;
    private final LocalDate asOf;

    public RollupBuilder(JdbcTemplate jdbc, String homeCountry, LocalDate asOf) {
        this.jdbc = jdbc;
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
        /** Engagements of more than one readout, counted once each at the end. */
        Set<String> linkedEngagements;
        LocalDate first;
        LocalDate last;
        int commitmentsTotal;
        int commitmentsOpen;
        int followUpsOpen;
        int followUpsDue;
    }

    /** What the rollup needs of a readout: its month, date, engagement, partner countries and topics. */
    private static final class Facts {
        final String month;
        final LocalDate date;
        final String engagement;
        final List<String> partners = new ArrayList<>(2);
        final List<String> topics = new ArrayList<>(3);

        Facts(String month, LocalDate date, String engagement) {
            this.month = month;
            this.date = date;
            this.engagement = engagement;
        }
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        Map<String, String> shared = new HashMap<>();
        Map<String, Facts> readouts = new HashMap<>();
        // an undated readout is in no rollup until staff give it a date
        jdbc.query("SELECT id, meeting_month, meeting_date, engagement_id, countries FROM readout WHERE meeting_date IS NOT NULL", rs -> {
            String id = rs.getString(1);
            String engagement = rs.getString(4);
            Facts facts = new Facts(shared.computeIfAbsent(rs.getString(2), m -> m), rs.getDate(3).toLocalDate(),
                    engagement == null || engagement.equals(id) ? id : engagement);
            for (String country : CodeColumn.split(rs.getString(5))) {
                if (!country.equals(homeCountry)) {
                    facts.partners.add(shared.computeIfAbsent(country, c -> c));
                }
            }
            readouts.put(id, facts);
        });
        jdbc.query("SELECT readout_id, topic FROM readout_topic WHERE meeting_date IS NOT NULL", rs -> {
            readouts.get(rs.getString(1)).topics.add(shared.computeIfAbsent(rs.getString(2), t -> t));
        });
        // engagements that other readouts joined: from the scan above, not a second pass over the readouts
        Set<String> linked = new HashSet<>();
        readouts.forEach((id, r) -> {
            if (!r.engagement.equals(id)) {
                linked.add(r.engagement);
            }
        });

        // a meeting (an engagement) counts once per key, however many readouts it has
        Map<Key, Counts> rollup = new TreeMap<>();
        readouts.forEach((id, r) -> {
            boolean inGroup = !r.engagement.equals(id) || linked.contains(id);
            forEachKey(r, null, key -> {
                Counts counts = rollup.computeIfAbsent(key, k -> new Counts());
                if (inGroup) {
                    if (counts.linkedEngagements == null) {
                        counts.linkedEngagements = new HashSet<>();
                    }
                    counts.linkedEngagements.add(r.engagement);
                } else {
                    counts.meetings++;
                }
                counts.first = counts.first == null || r.date.isBefore(counts.first) ? r.date : counts.first;
                counts.last = counts.last == null || r.date.isAfter(counts.last) ? r.date : counts.last;
            });
        });
        // staff's status and due date from the tracker (tracker_edit, kinds 'C' and 'F') win over the input's
        jdbc.query("SELECT k.readout_id, k.topic, COALESCE(e.status, k.status) FROM commitment k"
                + " LEFT JOIN tracker_edit e ON e.kind = 'C' AND e.item_id = k.id", rs -> {
            boolean open = isOpen(rs.getString(3));
            forEachKey(readouts.get(rs.getString(1)), rs.getString(2), key -> {
                Counts counts = rollup.get(key);
                if (counts != null) {
                    counts.commitmentsTotal++;
                    counts.commitmentsOpen += open ? 1 : 0;
                }
            });
        });
        Date asOfDate = Date.valueOf(asOf);
        // a follow-up a later meeting likely fulfilled stays open until staff say so, but is not due any more
        jdbc.query("SELECT f.readout_id, f.topic, COALESCE(e.status, f.status), COALESCE(e.due_date, f.due_date), v.readout_id"
                + " FROM follow_up f LEFT JOIN tracker_edit e ON e.kind = 'F' AND e.item_id = f.id"
                + " LEFT JOIN follow_up_evidence v ON v.follow_up_id = f.id", rs -> {
            boolean open = isOpen(rs.getString(3));
            Date due = rs.getDate(4);
            boolean dueNow = open && due != null && !due.after(asOfDate) && rs.getString(5) == null;
            forEachKey(readouts.get(rs.getString(1)), rs.getString(2), key -> {
                Counts counts = rollup.get(key);
                if (counts != null) {
                    counts.followUpsOpen += open ? 1 : 0;
                    counts.followUpsDue += dueNow ? 1 : 0;
                }
            });
        });

        jdbc.update("DELETE FROM rollup_month");
        List<Object[]> rows = new ArrayList<>(rollup.size());
        rollup.forEach((k, c) -> rows.add(new Object[]{k.partner, k.topic, k.month,
                c.meetings + (c.linkedEngagements == null ? 0 : c.linkedEngagements.size()), Date.valueOf(c.first),
                Date.valueOf(c.last), c.commitmentsTotal, c.commitmentsOpen, c.followUpsOpen, c.followUpsDue}));
        jdbc.batchUpdate("INSERT INTO rollup_month (partner_country, topic, period_month, meetings,"
                + " first_date, last_date, commitments_total, commitments_open, follow_ups_open, follow_ups_due)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        contribution.incrementWriteCount(rows.size());
        ProgressReporter.summarise(contribution, rows.size() + " partner-country x topic x month rows");
        return RepeatStatus.FINISHED;
    }

    /**
     * The keys a readout counts under: each partner with each topic, each partner over all topics, and
     * all partners on each topic. The topics are the readout's own, or one item's topic when given. A
     * readout with no partner country (a home-only meeting) counts nowhere.
     */
    private static void forEachKey(Facts r, String itemTopic, Consumer<Key> action) {
        if (r == null || r.partners.isEmpty()) {
            return;
        }
        List<String> topics = itemTopic != null ? List.of(itemTopic) : r.topics;
        for (String partner : r.partners) {
            for (String topic : topics) {
                action.accept(new Key(partner, topic, r.month));
            }
            action.accept(new Key(partner, ALL, r.month));
        }
        for (String topic : topics) {
            action.accept(new Key(ALL, topic, r.month));
        }
    }

    private static boolean isOpen(String status) {
        return "OPEN".equals(status) || "IN_PROGRESS".equals(status);
    }
}
