package org.readoutbriefings.rollup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.readoutbriefings.domain.TrackingStatus;
import org.readoutbriefings.extract.KeyTerms;
import org.readoutbriefings.progress.ProgressReporter;
import org.readoutbriefings.store.CodeColumn;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Finds, every night, the later readouts that show a promise kept: the meeting an open follow-up announced
 * ({@link FollowUpFulfilment}, table follow_up_evidence) and a commitment said again
 * ({@link CommitmentReaffirmation}, table commitment_evidence). Both are worked out from scratch each night
 * from one read of the dated readouts, so a readout corrected or removed takes its evidence with it. Only
 * readouts up to the night's date count: a night run for an earlier date ({@code --as-of}) cites no meeting
 * that had not yet happened. What makes that cheap enough every night: the commitments' key terms are cut when
 * they are stored, not here ({@link #reaffirmed}), and only the evidence rows that changed are written
 * ({@link #store}).
 */
public class LaterReadoutEvidence implements Tasklet {

    private final JdbcTemplate jdbc;
    private final LocalDate runDate;

    public LaterReadoutEvidence(JdbcTemplate jdbc, LocalDate runDate) {
        this.jdbc = jdbc;
        this.runDate = runDate;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        Map<String, DatedReadout> readouts = new HashMap<>();
        Map<String, Set<String>> countrySets = new HashMap<>(); // one set for all readouts of the same countries
        jdbc.query("SELECT id, meeting_date, title, countries FROM readout WHERE meeting_date <= ?", rs -> {
            String id = rs.getString(1);
            Set<String> countries = countrySets.computeIfAbsent(rs.getString(4), c -> new TreeSet<>(CodeColumn.split(c)));
            readouts.put(id, new DatedReadout(id, rs.getDate(2).toLocalDate(), countries, NamedMeetings.words(rs.getString(3))));
        }, java.sql.Date.valueOf(runDate));

        FollowUpFulfilment fulfilment = new FollowUpFulfilment(readouts.values());
        List<EvidenceMatch> fulfilled = new ArrayList<>();
        jdbc.query("SELECT f.id, f.readout_id, f.text, COALESCE(e.due_date, f.due_date) FROM follow_up f"
                + " LEFT JOIN tracker_edit e ON e.kind = 'F' AND e.item_id = f.id"
                + " WHERE COALESCE(e.status, f.status) IN ('" + String.join("', '", openStatuses()) + "')", rs -> {
            DatedReadout announced = readouts.get(rs.getString(2));
            if (announced != null) { // an undated readout has nothing to count from
                java.sql.Date due = rs.getDate(4);
                EvidenceMatch match = fulfilment.evidence(new FollowUpFulfilment.OpenFollowUp(rs.getString(1), announced,
                        rs.getString(3), due == null ? null : due.toLocalDate()));
                if (match != null) {
                    fulfilled.add(match);
                }
            }
        });

        List<EvidenceMatch> reaffirmed = reaffirmed(readouts);

        int changed = store("follow_up_evidence", "follow_up_id", fulfilled)
                + store("commitment_evidence", "commitment_id", reaffirmed);
        contribution.incrementWriteCount(changed);
        ProgressReporter.summarise(contribution, count(fulfilled.size(), "open follow-up", "open follow-ups")
                + " likely fulfilled, " + count(reaffirmed.size(), "commitment", "commitments")
                + " reaffirmed by a later readout; " + count(changed, "evidence row", "evidence rows") + " changed");
        return RepeatStatus.FINISHED;
    }

    /** A commitment as the night's matching reads it: its terms as stored, null where not cut yet. */
    private record StoredTerms(String id, String readoutId, String topic, String keyTerms) {
    }

    /**
     * The commitments of dated readouts that a later readout reaffirms. Every commitment is compared again each
     * night, because a term's weight depends on how many of all the commitments hold it; what makes that cheap
     * is that their terms were cut when they were stored (commitment.key_terms, V27), not re-cut from their texts.
     */
    private List<EvidenceMatch> reaffirmed(Map<String, DatedReadout> readouts) {
        List<StoredTerms> commitments = new ArrayList<>();
        jdbc.query("SELECT id, readout_id, topic, key_terms FROM commitment", rs -> {
            commitments.add(new StoredTerms(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
        });
        if (commitments.stream().anyMatch(c -> c.keyTerms() == null)) {
            Map<String, String> cut = cutTerms();
            commitments.replaceAll(c -> c.keyTerms() != null ? c : new StoredTerms(c.id(), c.readoutId(), c.topic(), cut.get(c.id())));
        }
        // in key order: the word shown for a term is the first one seen, the same on every night and database
        commitments.sort(Comparator.comparing(StoredTerms::id));
        CommitmentReaffirmation reaffirmation = new CommitmentReaffirmation();
        for (StoredTerms c : commitments) {
            DatedReadout stated = readouts.get(c.readoutId());
            if (stated != null) {
                reaffirmation.addTerms(c.id(), stated, c.topic(), KeyTerms.fromStored(c.keyTerms()));
            }
        }
        return reaffirmation.evidence();
    }

    /**
     * Cuts and stores the terms of the commitments stored without them: those stored before V27, on the first
     * night after it (the ingest cuts them since), or after a change to {@link KeyTerms}' rules set them to NULL.
     */
    private Map<String, String> cutTerms() {
        Map<String, String> cut = new HashMap<>();
        jdbc.query("SELECT id, text FROM commitment WHERE key_terms IS NULL", rs -> {
            cut.put(rs.getString(1), KeyTerms.stored(rs.getString(2)));
        });
        batch("UPDATE commitment SET key_terms = ? WHERE id = ?",
                cut.entrySet().stream().map(c -> new Object[]{c.getValue(), c.getKey()}).toList());
        return cut;
    }

    /**
     * Stores the night's evidence as the difference from the last night's: the rows that went are deleted, the
     * new and changed ones written, the others left alone. Most evidence stands from one night to the next;
     * deleting and inserting all of it (301,724 rows at 100,000 all-prose readouts) was most of the step on a
     * night with 1,000 more, and H2 held the whole change in memory until the commit. Returns how many rows changed.
     */
    private int store(String table, String key, List<EvidenceMatch> matches) {
        Map<String, EvidenceMatch> last = new HashMap<>();
        jdbc.query("SELECT " + key + ", readout_id, matched FROM " + table,
                rs -> {
                    last.put(rs.getString(1), new EvidenceMatch(rs.getString(1), rs.getString(2), rs.getString(3)));
                });
        List<Object[]> inserted = new ArrayList<>();
        List<Object[]> updated = new ArrayList<>();
        for (EvidenceMatch m : matches) {
            EvidenceMatch was = last.remove(m.itemId());
            if (was == null) {
                inserted.add(new Object[]{m.itemId(), m.readoutId(), m.matched()});
            } else if (!was.equals(m)) {
                updated.add(new Object[]{m.readoutId(), m.matched(), m.itemId()});
            }
        }
        List<Object[]> deleted = last.keySet().stream().map(id -> new Object[]{id}).toList();
        batch("DELETE FROM " + table + " WHERE " + key + " = ?", deleted);
        batch("UPDATE " + table + " SET readout_id = ?, matched = ? WHERE " + key + " = ?", updated);
        batch("INSERT INTO " + table + " (" + key + ", readout_id, matched) VALUES (?, ?, ?)", inserted);
        return deleted.size() + updated.size() + inserted.size();
    }

    private void batch(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
        }
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static List<String> openStatuses() {
        return Arrays.stream(TrackingStatus.values()).filter(TrackingStatus::isOpen).map(Enum::name).toList();
    }
}
