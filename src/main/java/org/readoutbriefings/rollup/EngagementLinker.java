package org.readoutbriefings.rollup;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Links readouts of the same meeting: each side publishes its own account, so two readouts issued by
 * different bodies, of meetings at most a day apart (the sides write in different time zones), with the
 * same countries and at least one participant in common, are one engagement. The rollup then counts the
 * meeting once. The engagement id is the smallest readout id of the group, so it is stable across runs.
 */
public class EngagementLinker implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(EngagementLinker.class);

    private final JdbcTemplate jdbc;

    public EngagementLinker(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What linking needs to know of a readout. */
    record Account(String id, LocalDate date, String issuer, Set<String> countries, Set<String> nameParts) {
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<Account> accounts = accounts();
        Map<String, String> engagement = link(accounts);
        List<Object[]> changes = new ArrayList<>();
        Map<String, String> current = new HashMap<>();
        jdbc.query("SELECT id, engagement_id FROM readout", rs -> {
            current.put(rs.getString(1), rs.getString(2));
        });
        engagement.forEach((id, group) -> {
            if (!group.equals(current.get(id))) {
                changes.add(new Object[]{group, id});
            }
        });
        if (!changes.isEmpty()) {
            jdbc.batchUpdate("UPDATE readout SET engagement_id = ? WHERE id = ?", changes);
        }
        long linked = engagement.entrySet().stream().filter(e -> !e.getKey().equals(e.getValue())).count();
        contribution.incrementWriteCount(changes.size());
        log.info("Engagements: {} readouts linked to another account of the same meeting", linked);
        return RepeatStatus.FINISHED;
    }

    private List<Account> accounts() {
        Map<String, Account> byId = new LinkedHashMap<>();
        jdbc.query("SELECT id, meeting_date, issuer FROM readout ORDER BY meeting_date, id", rs -> {
            byId.put(rs.getString(1), new Account(rs.getString(1), rs.getObject(2, Date.class).toLocalDate(),
                    rs.getString(3), new TreeSet<>(), new TreeSet<>()));
        });
        jdbc.query("SELECT readout_id, country FROM readout_country", rs -> {
            byId.get(rs.getString(1)).countries().add(rs.getString(2).strip());
        });
        jdbc.query("SELECT readout_id, name FROM readout_participant", rs -> {
            byId.get(rs.getString(1)).nameParts().addAll(nameParts(rs.getString(2)));
        });
        return new ArrayList<>(byId.values());
    }

    /** Readout id to engagement id, for every readout. */
    static Map<String, String> link(List<Account> byDate) {
        Map<String, String> parent = new HashMap<>();
        byDate.forEach(a -> parent.put(a.id(), a.id()));
        for (int i = 0; i < byDate.size(); i++) {
            Account a = byDate.get(i);
            for (int j = i + 1; j < byDate.size() && !byDate.get(j).date().isAfter(a.date().plusDays(1)); j++) {
                if (sameMeeting(a, byDate.get(j))) {
                    union(parent, a.id(), byDate.get(j).id());
                }
            }
        }
        Map<String, String> engagement = new HashMap<>();
        byDate.forEach(a -> engagement.put(a.id(), find(parent, a.id())));
        return engagement;
    }

    static boolean sameMeeting(Account a, Account b) {
        return a.issuer() != null && b.issuer() != null && !Objects.equals(a.issuer(), b.issuer())
                && a.countries().equals(b.countries())
                && a.nameParts().stream().anyMatch(b.nameParts()::contains);
    }

    /** Parts of a name that identify a person whatever the order or case: "MOTEGI Toshimitsu (茂木敏充)" and "Toshimitsu Motegi" share "motegi". */
    static Set<String> nameParts(String name) {
        Set<String> parts = new TreeSet<>();
        for (String part : name.replaceAll("\\([^)]*\\)", " ").toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (part.length() >= 3) {
                parts.add(part);
            }
        }
        return parts;
    }

    private static String find(Map<String, String> parent, String id) {
        String root = id;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        return root;
    }

    /** Joins two groups under the smaller id, so the engagement id does not depend on the order of linking. */
    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (ra.compareTo(rb) < 0) {
            parent.put(rb, ra);
        } else if (rb.compareTo(ra) < 0) {
            parent.put(ra, rb);
        }
    }
}
