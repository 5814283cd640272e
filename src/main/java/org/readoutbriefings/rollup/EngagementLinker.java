package org.readoutbriefings.rollup;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.readoutbriefings.progress.ProgressReporter;
import org.readoutbriefings.store.CodeColumn;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Links readouts of the same meeting: each side publishes its own account, so two readouts issued by
 * different bodies, of meetings at most a day apart (the sides write in different time zones), with the
 * same countries and at least one participant in common, are one engagement, which holds at most one
 * readout per issuer and spans at most a day. The rollup then counts the meeting once. The engagement id
 * is the smallest readout id of the group, so it is stable across runs.
 *
 * <p>Readouts are read a month at a time (with the day before, so pairs across the month's edge are seen),
 * and only the links found are kept: memory grows with a month of readouts and with the linked ones, not
 * with the archive.
 */
public class EngagementLinker implements Tasklet {

    private static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)");
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

    private final NamedParameterJdbcTemplate jdbc;

    public EngagementLinker(JdbcTemplate jdbc) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
    }

    /** What linking needs to know of a readout. */
    record Account(String id, LocalDate date, String issuer, Set<String> countries, Set<String> nameParts) {
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        MeetingGroups meetings = new MeetingGroups();
        Map<String, Object> range = jdbc.getJdbcTemplate().queryForMap(
                "SELECT MIN(meeting_date) AS first_day, MAX(meeting_date) AS last_day FROM readout WHERE issuer IS NOT NULL");
        if (range.get("first_day") != null) {
            LocalDate last = ((Date) range.get("last_day")).toLocalDate();
            for (LocalDate month = ((Date) range.get("first_day")).toLocalDate().withDayOfMonth(1); !month.isAfter(last);
                 month = month.plusMonths(1)) {
                List<Account> accounts = accounts(month.minusDays(1), month.plusMonths(1).minusDays(1));
                Map<String, Account> byId = new HashMap<>();
                accounts.forEach(a -> byId.put(a.id(), a));
                // the months overlap by a day, so a group may go on from the month before: joined under the same rules
                link(accounts).forEach((id, group) -> {
                    if (!id.equals(group)) {
                        meetings.add(byId.get(id));
                        meetings.add(byId.get(group));
                        meetings.join(id, group);
                    }
                });
            }
        }
        // readouts linked now, and those linked before: only these can change
        Map<String, String> engagement = meetings.engagements();
        List<Object[]> changes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        jdbc.getJdbcTemplate().query("SELECT id, engagement_id FROM readout WHERE engagement_id <> id", rs -> {
            String id = rs.getString(1);
            seen.add(id);
            String wanted = engagement.getOrDefault(id, id);
            if (!wanted.equals(rs.getString(2))) {
                changes.add(new Object[]{wanted, id});
            }
        });
        engagement.forEach((id, group) -> {
            if (!id.equals(group) && !seen.contains(id)) {
                changes.add(new Object[]{group, id});
            }
        });
        if (!changes.isEmpty()) {
            // with the copies the memos' scope rows keep (V13)
            for (String table : List.of("readout", "readout_country", "readout_topic")) {
                jdbc.getJdbcTemplate().batchUpdate("UPDATE " + table + " SET engagement_id = ? WHERE "
                        + (table.equals("readout") ? "id" : "readout_id") + " = ?", changes);
            }
        }
        long linked = engagement.entrySet().stream().filter(e -> !e.getKey().equals(e.getValue())).count();
        contribution.incrementWriteCount(changes.size());
        ProgressReporter.summarise(contribution, (linked == 1 ? "1 readout" : linked + " readouts") + " linked to another account of the same meeting");
        return RepeatStatus.FINISHED;
    }

    /** Readouts with an issuer (the others cannot be linked) of meetings from {@code from} to {@code to}. */
    private List<Account> accounts(LocalDate from, LocalDate to) {
        Map<String, Object> params = Map.of("from", Date.valueOf(from), "to", Date.valueOf(to));
        String inRange = " WHERE r.issuer IS NOT NULL AND r.meeting_date BETWEEN :from AND :to";
        Map<String, Account> byId = new LinkedHashMap<>();
        jdbc.query("SELECT r.id, r.meeting_date, r.issuer, r.countries FROM readout r" + inRange
                        + " ORDER BY r.meeting_date, r.id", params, rs -> {
                    byId.put(rs.getString(1), new Account(rs.getString(1), rs.getObject(2, Date.class).toLocalDate(),
                            rs.getString(3), new TreeSet<>(CodeColumn.split(rs.getString(4))), new TreeSet<>()));
                });
        jdbc.query("SELECT p.readout_id, p.name FROM readout r JOIN readout_participant p ON p.readout_id = r.id" + inRange,
                params, rs -> {
                    byId.get(rs.getString(1)).nameParts().addAll(nameParts(rs.getString(2)));
                });
        return new ArrayList<>(byId.values());
    }

    /**
     * Readout id to engagement id, for the given readouts in meeting-date order. Each is compared only with
     * the readouts of the day before and the same day that have the same countries.
     */
    static Map<String, String> link(List<Account> byDate) {
        MeetingGroups groups = new MeetingGroups();
        Map<Set<String>, Deque<Account>> recentByCountries = new HashMap<>();
        for (Account a : byDate) {
            groups.add(a);
            Deque<Account> recent = recentByCountries.computeIfAbsent(a.countries(), k -> new ArrayDeque<>());
            while (!recent.isEmpty() && recent.peekFirst().date().isBefore(a.date().minusDays(1))) {
                recent.removeFirst();
            }
            for (Account b : recent) {
                if (sameMeeting(a, b)) {
                    groups.join(a.id(), b.id());
                }
            }
            recent.addLast(a);
        }
        return groups.engagements();
    }

    static boolean sameMeeting(Account a, Account b) {
        return a.issuer() != null && b.issuer() != null && !Objects.equals(a.issuer(), b.issuer())
                && a.countries().equals(b.countries())
                && a.nameParts().stream().anyMatch(b.nameParts()::contains);
    }

    /** Parts of a name that identify a person whatever the order or case: "MOTEGI Toshimitsu (茂木敏充)" and "Toshimitsu Motegi" share "motegi". */
    static Set<String> nameParts(String name) {
        Set<String> parts = new TreeSet<>();
        for (String part : NON_LETTERS.split(BRACKETED.matcher(name).replaceAll(" ").toLowerCase(Locale.ROOT))) {
            if (part.length() >= 3) {
                parts.add(part);
            }
        }
        return parts;
    }

    /**
     * Readouts joined into meetings. A meeting has at most one account per issuer and spans at most a day
     * (the sides write in different time zones); two groups that would break either rule stay apart, so
     * that linking cannot chain the readouts of a busy partner, day after day, into one meeting. A group is
     * named by its smallest readout id, so the engagement id does not depend on the order of linking.
     */
    static final class MeetingGroups {

        private record Group(Set<String> issuers, LocalDate first, LocalDate last) {
        }

        private final Map<String, String> parent = new HashMap<>();
        private final Map<String, Group> byRoot = new HashMap<>();

        void add(Account a) {
            if (parent.putIfAbsent(a.id(), a.id()) == null) {
                byRoot.put(a.id(), new Group(Set.of(a.issuer()), a.date(), a.date()));
            }
        }

        /** Joins the groups of two added readouts, unless the result would not be one meeting. */
        boolean join(String a, String b) {
            String ra = find(a);
            String rb = find(b);
            if (ra.equals(rb)) {
                return true;
            }
            Group ga = byRoot.get(ra);
            Group gb = byRoot.get(rb);
            LocalDate first = ga.first().isBefore(gb.first()) ? ga.first() : gb.first();
            LocalDate last = ga.last().isAfter(gb.last()) ? ga.last() : gb.last();
            if (ga.issuers().stream().anyMatch(gb.issuers()::contains) || last.isAfter(first.plusDays(1))) {
                return false;
            }
            Set<String> issuers = new TreeSet<>(ga.issuers());
            issuers.addAll(gb.issuers());
            String root = ra.compareTo(rb) < 0 ? ra : rb;
            String other = root.equals(ra) ? rb : ra;
            parent.put(other, root);
            byRoot.remove(other);
            byRoot.put(root, new Group(issuers, first, last));
            return true;
        }

        /** Every added readout's engagement id. */
        Map<String, String> engagements() {
            Map<String, String> engagements = new HashMap<>();
            parent.keySet().forEach(id -> engagements.put(id, find(id)));
            return engagements;
        }

        private String find(String id) {
            String root = id;
            while (!parent.get(root).equals(root)) {
                root = parent.get(root);
            }
            // path compression: groups stay flat however they were joined
            for (String node = id; !node.equals(root); ) {
                String next = parent.get(node);
                parent.put(node, root);
                node = next;
            }
            return root;
        }
    }
}
