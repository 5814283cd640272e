package org.readoutbriefings.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.readoutbriefings.progress.ProgressReporter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The first step of a run: hashes every input file and compares it with what the last runs read, so that
 * only new and changed files are parsed ({@code --full} parses all). Readouts of a changed or removed file
 * are marked as having no source until the ingest step reads them again: those still marked afterwards
 * are kept, marked, never dropped.
 */
public class InputScanner implements Tasklet {

    /**
     * What the scan found of a file. MISSING: gone on a night when most known files are (an unmounted share, a
     * failed copy), so not taken as removed: its readouts keep their source and the next night looks again.
     */
    public enum State { NEW, CHANGED, UNCHANGED, REMOVED, MISSING }

    private static final Logger log = LoggerFactory.getLogger(InputScanner.class);

    private final InputFolder folder;
    private final JdbcTemplate jdbc;
    private final long instanceId;
    private final boolean full;
    private final boolean acceptRemovals;

    /** @param acceptRemovals take gone files as removed however many have gone ({@code run --accept-removals}) */
    public InputScanner(InputFolder folder, JdbcTemplate jdbc, long instanceId, boolean full, boolean acceptRemovals) {
        this.folder = folder;
        this.jdbc = jdbc;
        this.instanceId = instanceId;
        this.full = full;
        this.acceptRemovals = acceptRemovals;
    }

    private record Known(long size, String sha256) {
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        Map<String, Known> known = new HashMap<>();
        jdbc.query("SELECT path, size_bytes, sha256 FROM input_file", rs -> {
            known.put(rs.getString(1), new Known(rs.getLong(2), rs.getString(3)));
        });
        int knownBefore = known.size();
        jdbc.update("DELETE FROM input_scan WHERE job_instance_id = ?", instanceId);
        List<Object[]> rows = new ArrayList<>();
        Map<State, Integer> counts = new HashMap<>();
        List<Path> files = folder.files();
        log.debug("Scan: hashing {} input files", files.size());
        // hashing is the scan's work and each file is independent: all cores take part
        List<Known> fingerprints = files.parallelStream().map(InputScanner::fingerprint).toList();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            String name = folder.relativeName(file);
            Known now = fingerprints.get(i);
            Known before = known.remove(name);
            State state = before == null ? State.NEW
                    : before.equals(now) && !full ? State.UNCHANGED : State.CHANGED;
            rows.add(new Object[]{instanceId, name, now.size(), now.sha256(), state.name()});
            counts.merge(state, 1, Integer::sum);
        }
        // more than half of the known files gone at once is a share that is not mounted, not a clean-up
        State gone = !acceptRemovals && known.size() * 2 > knownBefore ? State.MISSING : State.REMOVED;
        known.forEach((name, before) -> {
            rows.add(new Object[]{instanceId, name, before.size(), before.sha256(), gone.name()});
            counts.merge(gone, 1, Integer::sum);
        });
        if (gone == State.MISSING) {
            log.warn("input: {} of {} known input files are missing from {}: none is marked removed (run with"
                    + " --accept-removals if they were)", known.size(), knownBefore, folder.root());
        }
        jdbc.batchUpdate("INSERT INTO input_scan (job_instance_id, path, size_bytes, sha256, state) VALUES (?, ?, ?, ?, ?)", rows);
        if (counts.containsKey(State.CHANGED) || counts.containsKey(State.REMOVED)) {
            // readout.source_file has no index: most nights change no file and need not visit every readout
            jdbc.update("UPDATE readout SET source_missing = TRUE WHERE source_file IN (SELECT path FROM input_scan"
                    + " WHERE job_instance_id = ? AND state IN ('CHANGED', 'REMOVED'))", instanceId);
        }
        contribution.incrementWriteCount(rows.size());
        ProgressReporter.summarise(contribution, String.format("%d input files: %d new, %d changed, %d unchanged (not parsed"
                + " again), %d removed, %d missing%s", files.size(), counts.getOrDefault(State.NEW, 0),
                counts.getOrDefault(State.CHANGED, 0), counts.getOrDefault(State.UNCHANGED, 0),
                counts.getOrDefault(State.REMOVED, 0), counts.getOrDefault(State.MISSING, 0),
                full ? " (--full: every file is parsed)" : ""));
        return RepeatStatus.FINISHED;
    }

    /** The files this run must parse: new and changed ones, in the folder's order. */
    public static List<Path> filesToRead(JdbcTemplate jdbc, InputFolder folder, long instanceId) {
        List<String> names = jdbc.queryForList("SELECT path FROM input_scan WHERE job_instance_id = ?"
                + " AND state IN ('NEW', 'CHANGED') ORDER BY path", String.class, instanceId);
        return names.stream().map(name -> folder.root().resolve(name)).toList();
    }

    static Known fingerprint(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            long size = in.transferTo(OutputStreamSink.INSTANCE);
            return new Known(size, HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read input file " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Discards what it is given: hashing reads the file, nothing keeps it. */
    private static final class OutputStreamSink extends java.io.OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
