package org.readoutbriefings.memo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which memos a night must rewrite: those of partner countries and topics whose readouts were stored or
 * changed since the last completed run, those showing a commitment or follow-up whose status or due date
 * staff changed in the tracker since, and any whose file is missing. The others still say what they
 * said; {@code run --full} rewrites them all. The digest is always written.
 */
public final class TouchedSubjects {

    private final Set<String> countries = new HashSet<>();
    private final Set<String> topics = new HashSet<>();

    private TouchedSubjects() {
    }

    /** The subjects touched by readouts the runs after execution {@code lastCompleted} stored or changed. */
    public static TouchedSubjects since(JdbcTemplate jdbc, long lastCompleted) {
        TouchedSubjects touched = new TouchedSubjects();
        jdbc.query("SELECT DISTINCT c.country FROM readout_country c JOIN readout r ON r.id = c.readout_id"
                + " WHERE r.updated_run > ?", rs -> {
            touched.countries.add(rs.getString(1).strip());
        }, lastCompleted);
        jdbc.query("SELECT DISTINCT t.topic FROM readout_topic t JOIN readout r ON r.id = t.readout_id"
                + " WHERE r.updated_run > ?", rs -> {
            touched.topics.add(rs.getString(1));
        }, lastCompleted);
        for (String[] items : new String[][]{{"C", "commitment"}, {"F", "follow_up"}}) {
            jdbc.query("SELECT DISTINCT c.country, x.topic FROM tracker_edit e JOIN " + items[1] + " x ON x.id = e.item_id"
                    + " JOIN readout_country c ON c.readout_id = x.readout_id WHERE e.kind = ? AND e.changed_run > ?", rs -> {
                touched.countries.add(rs.getString(1).strip());
                touched.topics.add(rs.getString(2));
            }, items[0], lastCompleted);
        }
        return touched;
    }

    /** The subjects of {@code all} to render tonight. */
    public List<MemoSubject> filter(List<MemoSubject> all, Path output) {
        return all.stream().filter(s -> switch (s.kind()) {
            case COUNTRY -> countries.contains(s.key()) || !Files.exists(output.resolve(s.relativePath()));
            case TOPIC -> topics.contains(s.key()) || !Files.exists(output.resolve(s.relativePath()));
            case DIGEST -> true;
        }).toList();
    }
}
