package org.readoutbriefings.rollup;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.readoutbriefings.domain.TrackingStatus;
import org.readoutbriefings.progress.ProgressReporter;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Marks an open follow-up likely fulfilled when a later readout records the meeting it announced: the same
 * partners (every country of the follow-up's readout takes part), a title that names the meeting the
 * follow-up names ({@link NamedMeetings}), and a date after the follow-up's readout and no later than a
 * month after it was due (a year after its readout when it names no date). The earliest such readout is
 * the evidence. Worked out again every night, so a readout corrected or removed takes its evidence with it;
 * staff confirm by setting the follow-up's status in the tracker.
 */
public class FollowUpFulfilment implements Tasklet {

    /** A meeting held a little after its due date still keeps the promise. */
    static final int GRACE_DAYS = 31;
    /** A follow-up with no date is looked for in the year after its readout. */
    static final int UNDATED_WINDOW_DAYS = 365;

    private final JdbcTemplate jdbc;

    public FollowUpFulfilment(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * What matching needs of a dated readout, its title's words worked out once: a readout is a candidate for
     * every follow-up of its partners in the year before it.
     */
    record Account(String id, LocalDate date, Set<String> countries, Set<String> titleWords) {
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        Map<String, Account> accounts = new HashMap<>();
        jdbc.query("SELECT r.id, r.meeting_date, r.title, c.country FROM readout r JOIN readout_country c ON c.readout_id = r.id"
                + " WHERE r.meeting_date IS NOT NULL", rs -> {
            String id = rs.getString(1);
            Account account = accounts.get(id);
            if (account == null) {
                account = new Account(id, rs.getDate(2).toLocalDate(), new TreeSet<>(), NamedMeetings.words(rs.getString(3)));
                accounts.put(id, account);
            }
            account.countries().add(rs.getString(4).strip());
        });
        // by country, each list by date: a follow-up's candidates are the readouts of one of its countries
        Map<String, List<Account>> byCountry = new HashMap<>();
        accounts.values().forEach(a -> a.countries().forEach(c -> byCountry.computeIfAbsent(c, k -> new ArrayList<>()).add(a)));
        byCountry.values().forEach(list -> list.sort(Comparator.comparing(Account::date).thenComparing(Account::id)));

        List<Object[]> evidence = new ArrayList<>();
        jdbc.query("SELECT f.id, f.readout_id, f.text, COALESCE(e.due_date, f.due_date) FROM follow_up f"
                + " LEFT JOIN tracker_edit e ON e.kind = 'F' AND e.item_id = f.id"
                + " WHERE COALESCE(e.status, f.status) IN ('" + String.join("', '", openStatuses()) + "')", rs -> {
            Account announced = accounts.get(rs.getString(2));
            if (announced == null) {
                return; // an undated readout: nothing to count from
            }
            List<Set<String>> named = NamedMeetings.in(rs.getString(3));
            if (named.isEmpty()) {
                return;
            }
            Date due = rs.getDate(4);
            LocalDate until = due != null ? due.toLocalDate().plusDays(GRACE_DAYS) : announced.date().plusDays(UNDATED_WINDOW_DAYS);
            // the readouts of its rarest country: the home country's list holds nearly every readout
            List<Account> candidates = announced.countries().stream().map(c -> byCountry.getOrDefault(c, List.of()))
                    .min(Comparator.comparingInt(List::size)).orElse(List.of());
            for (int i = firstAfter(candidates, announced.date()); i < candidates.size(); i++) {
                Account later = candidates.get(i);
                if (later.date().isAfter(until)) {
                    break;
                }
                if (!later.countries().containsAll(announced.countries())) {
                    continue;
                }
                Set<String> meeting = named.stream().filter(later.titleWords()::containsAll).findFirst().orElse(null);
                if (meeting != null) {
                    evidence.add(new Object[]{rs.getString(1), later.id(), String.join(" ", meeting)});
                    return;
                }
            }
        });
        jdbc.update("DELETE FROM follow_up_evidence");
        jdbc.batchUpdate("INSERT INTO follow_up_evidence (follow_up_id, readout_id, matched) VALUES (?, ?, ?)", evidence);
        contribution.incrementWriteCount(evidence.size());
        ProgressReporter.summarise(contribution, (evidence.size() == 1 ? "1 open follow-up" : evidence.size() + " open follow-ups") + " likely fulfilled by a later readout");
        return RepeatStatus.FINISHED;
    }

    /** The index of the first readout of a date-sorted list held after {@code day}. */
    static int firstAfter(List<Account> byDate, LocalDate day) {
        int low = 0;
        int high = byDate.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (byDate.get(mid).date().isAfter(day)) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    private static List<String> openStatuses() {
        return java.util.Arrays.stream(TrackingStatus.values()).filter(TrackingStatus::isOpen).map(Enum::name).toList();
    }
}
