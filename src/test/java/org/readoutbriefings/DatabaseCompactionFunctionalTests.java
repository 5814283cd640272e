package org.readoutbriefings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.readoutbriefings.bench.BenchCommand;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import picocli.CommandLine;

/**
 * A night that stores thousands of readouts leaves an H2 file mostly made of dead pages; the run compacts
 * it before it exits, and the next night opens the compacted database and goes on.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseCompactionFunctionalTests {

    @TempDir
    Path folder;

    @Test
    void aRunLeavesAnH2FileThatIsMostlyLiveData(CapturedOutput output) {
        Path input = folder.resolve("input");
        assertThat(new CommandLine(new BenchCommand()).execute("generate", "--readouts", "3000", "--seed", "5",
                "--output", input.toString())).isZero();
        // H2 compacts for 200 ms as it closes, which a test's few thousand readouts fit in and a large first
        // load does not: turned off here, so that what is left is the run's own compaction
        BriefingsRun briefings = new BriefingsRun("jdbc:h2:file:" + folder.resolve("db").resolve("briefings")
                .toAbsolutePath() + ";MAX_COMPACT_TIME=0", "sa", "");
        BriefingsRun.Result first = briefings.run(input, folder.resolve("output"), "2026-11-27");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(output.getOut()).containsPattern("Compacted the database file from \\d+ MB to \\d+ MB");

        Map<String, Long> info = info(briefings);
        assertThat(info.get("info.FILL_RATE") * info.get("info.CHUNKS_FILL_RATE") / 100).as(info.toString())
                .isGreaterThanOrEqualTo(50);
        assertThat(briefings.count("SELECT COUNT(*) FROM readout")).isEqualTo(3000);

        BriefingsRun.Result next = briefings.run(input, folder.resolve("output"), "2026-11-28");
        assertThat(next.exitCode()).as(next.err()).isZero();
        assertThat(briefings.count("SELECT COUNT(*) FROM readout")).isEqualTo(3000);
        assertThat(briefings.query("SELECT status FROM batch_job_execution ORDER BY job_execution_id"))
                .containsExactly(List.of("COMPLETED"), List.of("COMPLETED"));
    }

    private static Map<String, Long> info(BriefingsRun briefings) {
        return briefings.query("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                        + " WHERE SETTING_NAME IN ('info.FILE_SIZE', 'info.FILL_RATE', 'info.CHUNKS_FILL_RATE')").stream()
                .collect(Collectors.toMap(r -> r.get(0), r -> Long.parseLong(r.get(1))));
    }
}
