package org.readoutbriefings.rollup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.readoutbriefings.domain.TrackingStatus;
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
 * that had not yet happened.
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
        jdbc.query("SELECT id, meeting_date, title, countries FROM readout WHERE meeting_date <= ?", rs -> {
            String id = rs.getString(1);
            Set<String> countries = new TreeSet<>(CodeColumn.split(rs.getString(4)));
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

        CommitmentReaffirmation reaffirmation = new CommitmentReaffirmation();
        // in key order: the word shown for a term is the first one seen, the same on every night and database
        jdbc.query("SELECT id, readout_id, topic, text FROM commitment ORDER BY id", rs -> {
            DatedReadout stated = readouts.get(rs.getString(2));
            if (stated != null) {
                reaffirmation.add(rs.getString(1), stated, rs.getString(3), rs.getString(4));
            }
        });
        List<EvidenceMatch> reaffirmed = reaffirmation.evidence();

        store("follow_up_evidence", "follow_up_id", fulfilled);
        store("commitment_evidence", "commitment_id", reaffirmed);
        contribution.incrementWriteCount(fulfilled.size() + reaffirmed.size());
        ProgressReporter.summarise(contribution, count(fulfilled.size(), "open follow-up", "open follow-ups")
                + " likely fulfilled, " + count(reaffirmed.size(), "commitment", "commitments")
                + " reaffirmed by a later readout");
        return RepeatStatus.FINISHED;
    }

    private void store(String table, String key, List<EvidenceMatch> matches) {
        jdbc.update("DELETE FROM " + table);
        jdbc.batchUpdate("INSERT INTO " + table + " (" + key + ", readout_id, matched) VALUES (?, ?, ?)",
                matches.stream().map(m -> new Object[]{m.itemId(), m.readoutId(), m.matched()}).toList());
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static List<String> openStatuses() {
        return Arrays.stream(TrackingStatus.values()).filter(TrackingStatus::isOpen).map(Enum::name).toList();
    }
}
