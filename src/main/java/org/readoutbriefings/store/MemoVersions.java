package org.readoutbriefings.store;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What each memo said on each night ({@code memo_version}): its fingerprint, pages, and the night it last
 * changed. A night compares with the latest earlier night that has the memo, never with an earlier run of
 * itself, so a forced rerun or a restart marks the same memos changed as the night's first run did.
 */
public class MemoVersions {

    /**
     * A memo as the night wrote it.
     *
     * @param file      under the output folder, {@code memos/country/US.pdf}
     * @param changedOn the night it last said something new: the run date when it changed that night
     */
    public record MemoVersion(String kind, String subjectKey, String subjectName, String file, int pages,
                              LocalDate runDate, LocalDate changedOn) {

        public boolean changedTonight() {
            return changedOn.equals(runDate);
        }
    }

    private final JdbcTemplate jdbc;

    public MemoVersions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records what a memo said on a night, replacing an earlier run's record of the same night. */
    public void record(String kind, String subjectKey, String subjectName, String file, LocalDate runDate,
                       String fingerprint, int pages) {
        List<String[]> before = jdbc.query("SELECT fingerprint, changed_on FROM memo_version WHERE kind = ? AND subject_key = ?"
                        + " AND run_date < ? ORDER BY run_date DESC FETCH FIRST 1 ROWS ONLY",
                (rs, i) -> new String[] {rs.getString(1), rs.getDate(2).toLocalDate().toString()},
                kind, subjectKey, Date.valueOf(runDate));
        LocalDate changedOn = !before.isEmpty() && before.get(0)[0].equals(fingerprint)
                ? LocalDate.parse(before.get(0)[1]) : runDate;
        jdbc.update("DELETE FROM memo_version WHERE kind = ? AND subject_key = ? AND run_date = ?", kind, subjectKey,
                Date.valueOf(runDate));
        jdbc.update("INSERT INTO memo_version (kind, subject_key, run_date, subject_name, file, pages, fingerprint, changed_on)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", kind, subjectKey, Date.valueOf(runDate), subjectName, file, pages,
                fingerprint, Date.valueOf(changedOn));
    }

    /**
     * Forgets the night's records of memos it no longer writes (a forced rerun after the home country changed),
     * so the index lists the memos that are there. {@code current} holds "kind/key" pairs.
     */
    public void keepOnly(LocalDate runDate, Collection<String> current) {
        Set<String> kept = new HashSet<>(current);
        for (MemoVersion v : ofNight(runDate)) {
            if (!kept.contains(v.kind() + "/" + v.subjectKey())) {
                jdbc.update("DELETE FROM memo_version WHERE kind = ? AND subject_key = ? AND run_date = ?", v.kind(),
                        v.subjectKey(), Date.valueOf(runDate));
            }
        }
    }

    /** The memos a night wrote, by kind and name. */
    public List<MemoVersion> ofNight(LocalDate runDate) {
        return jdbc.query("SELECT kind, subject_key, subject_name, file, pages, run_date, changed_on FROM memo_version"
                        + " WHERE run_date = ? ORDER BY kind, subject_name, subject_key",
                (rs, i) -> new MemoVersion(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        rs.getDate(6).toLocalDate(), rs.getDate(7).toLocalDate()), Date.valueOf(runDate));
    }
}
