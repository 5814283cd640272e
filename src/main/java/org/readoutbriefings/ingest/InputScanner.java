package org.readoutbriefings.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.readoutbriefings.progress.ProgressReporter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The first step of a run: finds the input files that are new or changed since the last runs read them, so
 * that only those are parsed ({@code --full} parses all). A file whose size, modification time and file key
 * are those recorded when it was last hashed is taken as unchanged without being read, as rsync and git do;
 * the others are hashed and compared ({@code --verify} or {@code briefings.scan.verify} hashes every file).
 * Readouts of a changed or removed file are marked as having no source until the ingest step reads them
 * again: those still marked afterwards are kept, marked, never dropped.
 */
public class InputScanner implements Tasklet {

    /**
     * What the scan found of a file. MISSING: gone on a night when most known files are (an unmounted share, a
     * failed copy), so not taken as removed: its readouts keep their source and the next night looks again.
     */
    public enum State { NEW, CHANGED, UNCHANGED, REMOVED, MISSING }

    /**
     * Step execution context key of how many files the scan found unchanged: only files there is something to do
     * about get a row in {@code input_scan}, so that a quiet night writes no row per file.
     */
    public static final String UNCHANGED_FILES = "briefings.scan.unchanged";

    private static final Logger log = LoggerFactory.getLogger(InputScanner.class);

    private final InputFolder folder;
    private final JdbcTemplate jdbc;
    private final long instanceId;
    private final Clock clock;
    private final Options options;

    /**
     * @param full           parse every file, changed or not ({@code run --full}); every file is hashed
     * @param acceptRemovals take gone files as removed however many have gone ({@code run --accept-removals})
     * @param verify         hash every file, trusting no size and modification time ({@code run --verify})
     */
    public record Options(boolean full, boolean acceptRemovals, boolean verify) {
    }

    public InputScanner(InputFolder folder, JdbcTemplate jdbc, long instanceId, Clock clock, Options options) {
        this.folder = folder;
        this.jdbc = jdbc;
        this.instanceId = instanceId;
        this.clock = clock;
        this.options = options;
    }

    /** What was recorded of a file when it was last read or hashed; null metadata and time in records made before they were kept. */
    private record Recorded(long size, String sha256, FileMetadata metadata, Long hashedAtNanos, String extractionRules) {

        /** Whether this build's extraction rules read the file: a file read under others is parsed again. */
        boolean readUnderTheseRules() {
            return ExtractionRules.fingerprint().equals(extractionRules);
        }
    }

    private record Content(long size, String sha256) {
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        // taken before any file is read: a file modified from now on is not trusted by its time the next night
        long hashedAt = nanos(clock.instant());
        Map<String, Recorded> recorded = new HashMap<>();
        jdbc.query("SELECT path, size_bytes, sha256, modified_ns, file_key, hashed_at_ns, extraction_rules FROM input_file", rs -> {
            long modified = rs.getLong(4);
            FileMetadata metadata = rs.wasNull() ? null : new FileMetadata(rs.getLong(2), modified, rs.getString(5));
            long at = rs.getLong(6);
            Long hashedAtNanos = rs.wasNull() ? null : at;
            recorded.put(rs.getString(1), new Recorded(rs.getLong(2), rs.getString(3).strip(), metadata, hashedAtNanos, rs.getString(7)));
        });
        int knownBefore = recorded.size();
        jdbc.update("DELETE FROM input_scan WHERE job_instance_id = ?", instanceId);
        List<InputFolder.Listed> files = folder.listing();
        List<InputFolder.Listed> toHash = new ArrayList<>();
        List<Recorded> toHashBefore = new ArrayList<>();
        int unchanged = 0;
        for (InputFolder.Listed file : files) {
            Recorded before = recorded.remove(file.name());
            boolean trusted = before != null && !options.full() && !options.verify() && before.readUnderTheseRules()
                    && file.metadata().unchangedSince(before.metadata(), before.hashedAtNanos());
            if (trusted) {
                unchanged++;
            } else {
                toHash.add(file);
                toHashBefore.add(before);
            }
        }
        log.debug("Scan: {} input files, hashing {}", files.size(), toHash.size());
        // hashing is the scan's work and each file is independent: all cores take part
        List<Content> hashes = toHash.parallelStream().map(f -> hash(f.path())).toList();
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> touched = new ArrayList<>();
        int newRules = 0;
        Map<State, Integer> counts = new EnumMap<>(State.class);
        for (int i = 0; i < toHash.size(); i++) {
            InputFolder.Listed file = toHash.get(i);
            Recorded before = toHashBefore.get(i);
            Content now = hashes.get(i);
            FileMetadata metadata = file.metadata();
            boolean sameContent = before != null && before.size() == now.size() && before.sha256().equals(now.sha256());
            State state = before == null ? State.NEW
                    : !options.full() && sameContent && before.readUnderTheseRules() ? State.UNCHANGED : State.CHANGED;
            if (state == State.CHANGED && sameContent && !options.full()) {
                newRules++; // parsed again as a changed file is, but counted apart: the rules changed, not the file
            }
            if (state == State.UNCHANGED) {
                unchanged++;
                if (!metadata.unchangedSince(before.metadata(), before.hashedAtNanos())) {
                    // same content, new metadata (touched, copied, or hashed too soon after it was written): trusted from now on
                    touched.add(new Object[]{metadata.modifiedNanos(), metadata.fileKey(), hashedAt, file.name()});
                }
            } else {
                rows.add(new Object[]{instanceId, file.name(), now.size(), now.sha256(), state.name(),
                        metadata.modifiedNanos(), metadata.fileKey(), hashedAt});
                counts.merge(state, 1, Integer::sum);
            }
        }
        // more than half of the known files gone at once is a share that is not mounted, not a clean-up
        State gone = !options.acceptRemovals() && recorded.size() * 2 > knownBefore ? State.MISSING : State.REMOVED;
        recorded.forEach((name, before) -> {
            rows.add(new Object[]{instanceId, name, before.size(), before.sha256(), gone.name(), null, null, null});
            counts.merge(gone, 1, Integer::sum);
        });
        if (gone == State.MISSING) {
            log.warn("input: {} of {} known input files are missing from {}: none is marked removed (run with"
                    + " --accept-removals if they were)", recorded.size(), knownBefore, folder.root());
        }
        jdbc.batchUpdate("INSERT INTO input_scan (job_instance_id, path, size_bytes, sha256, state, modified_ns, file_key,"
                + " hashed_at_ns) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows);
        if (!touched.isEmpty()) {
            jdbc.batchUpdate("UPDATE input_file SET modified_ns = ?, file_key = ?, hashed_at_ns = ? WHERE path = ?", touched);
        }
        if (counts.containsKey(State.CHANGED) || counts.containsKey(State.REMOVED)) {
            // readout.source_file has no index: most nights change no file and need not visit every readout
            jdbc.update("UPDATE readout SET source_missing = TRUE WHERE source_file IN (SELECT path FROM input_scan"
                    + " WHERE job_instance_id = ? AND state IN ('CHANGED', 'REMOVED'))", instanceId);
        }
        contribution.getStepExecution().getExecutionContext().putLong(UNCHANGED_FILES, unchanged);
        contribution.incrementWriteCount(files.size() + recorded.size());
        ProgressReporter.summarise(contribution, String.format("%d input files: %d new, %d changed, %d unchanged (not parsed"
                + " again), %d removed, %d missing; %d read to compare%s%s", files.size(), counts.getOrDefault(State.NEW, 0),
                counts.getOrDefault(State.CHANGED, 0) - newRules, unchanged, counts.getOrDefault(State.REMOVED, 0),
                counts.getOrDefault(State.MISSING, 0), toHash.size(),
                options.full() ? " (--full: every file is parsed)"
                        : options.verify() ? " (--verify: every file)" : " (new, or size or time changed)",
                newRules == 0 ? "" : "; " + newRules + " unchanged but read by other extraction rules, parsed again"));
        return RepeatStatus.FINISHED;
    }

    /**
     * The files this run must parse, new and changed ones, in the folder's order (by path, as Java compares
     * strings, whatever the database's collation); only those {@code ofPartition} takes, by relative path.
     */
    public static List<Path> filesToRead(JdbcTemplate jdbc, InputFolder folder, long instanceId, Predicate<String> ofPartition) {
        List<String> names = jdbc.queryForList("SELECT path FROM input_scan WHERE job_instance_id = ?"
                + " AND state IN ('NEW', 'CHANGED')", String.class, instanceId);
        return names.stream().filter(ofPartition).sorted().map(name -> folder.root().resolve(name)).toList();
    }

    private static long nanos(Instant instant) {
        return TimeUnit.SECONDS.toNanos(instant.getEpochSecond()) + instant.getNano();
    }

    private static Content hash(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            long size = in.transferTo(OutputStreamSink.INSTANCE);
            return new Content(size, HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest()));
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
