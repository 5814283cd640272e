package org.readoutbriefings.cli;

import java.sql.Timestamp;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code status}: the last runs, newest first, for the person on call. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Lists the last runs: run date, start, end, state, records read and written, rejects.",
                "Any setting may follow as --name=value, e.g. --spring.datasource.url=... to look at another database."})
public class StatusCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Option(names = "--limit", paramLabel = "N", description = "How many runs to list (default: 10).")
    int limit = 10;

    @CommandLine.Unmatched
    List<String> properties = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        AppContext.checkSettings(properties, spec.commandLine(), "--limit");
        AppContext.Started started = AppContext.startDatabaseOnly(properties, spec.commandLine().getErr());
        if (started.context() == null) {
            return started.exitCode();
        }
        try (ConfigurableApplicationContext context = started.context()) {
            return list(context);
        } catch (RuntimeException e) {
            if (!AppContext.isUnreachable(e)) {
                throw e;
            }
            spec.commandLine().getErr().println(AppContext.unreachable(properties, e));
            return ExitCodes.USAGE;
        }
    }

    private int list(ConfigurableApplicationContext context) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-9s %-10s %-19s %-19s %-9s %8s %8s %8s  %s", "EXECUTION", "RUN DATE", "START", "END",
                "STATE", "READ", "WRITTEN", "REJECTED", "EXIT MESSAGE"));
        if (!hasJobTables(jdbc)) {
            // no night has run against this database: its tables are made by the first run, not by status
            spec.commandLine().getOut().println("No runs yet.");
            return ExitCodes.SUCCESS;
        }
        jdbc.query("SELECT e.job_execution_id, e.start_time, e.end_time, e.status, e.exit_message,"
                + " (SELECT MAX(p.parameter_value) FROM batch_job_execution_params p WHERE p.job_execution_id = e.job_execution_id"
                + "  AND p.parameter_name = 'run.date') AS run_date,"
                + " (SELECT COALESCE(SUM(s.read_count), 0) FROM batch_step_execution s WHERE s.job_execution_id = e.job_execution_id"
                + "  AND s.step_name = 'ingest') AS read_count,"
                + " (SELECT COALESCE(SUM(s.write_count), 0) FROM batch_step_execution s WHERE s.job_execution_id = e.job_execution_id"
                + "  AND s.step_name = 'ingest') AS write_count,"
                + " (SELECT COUNT(*) FROM ingest_reject r WHERE r.job_execution_id = e.job_execution_id) AS rejected,"
                + " (SELECT s.step_name FROM batch_step_execution s WHERE s.job_execution_id = e.job_execution_id"
                + "  AND s.status = 'FAILED' ORDER BY s.step_execution_id DESC FETCH FIRST 1 ROWS ONLY) AS failed_step"
                + " FROM batch_job_execution e ORDER BY e.job_execution_id DESC", rs -> {
            if (lines.size() <= limit) {
                lines.add(String.format("%-9d %-10s %-19s %-19s %-9s %8d %8d %8d  %s", rs.getLong("job_execution_id"),
                        rs.getString("run_date"), time(rs.getTimestamp("start_time")), time(rs.getTimestamp("end_time")),
                        rs.getString("status"), rs.getLong("read_count"), rs.getLong("write_count"), rs.getLong("rejected"),
                        reason(rs.getString("exit_message"), rs.getString("failed_step"))));
            }
        });
        if (lines.size() == 1) {
            spec.commandLine().getOut().println("No runs yet.");
        } else {
            lines.forEach(spec.commandLine().getOut()::println);
        }
        return ExitCodes.SUCCESS;
    }

    private static boolean hasJobTables(JdbcTemplate jdbc) {
        try {
            jdbc.queryForObject("SELECT COUNT(*) FROM batch_job_execution", Long.class);
            return true;
        } catch (org.springframework.jdbc.BadSqlGrammarException noTable) {
            return false;
        }
    }

    private static String time(Timestamp t) {
        return t == null ? "-" : t.toLocalDateTime().format(TIME);
    }

    /**
     * What stopped a night, in one line: the failed step and the root cause the run recorded ("step memos:
     * AccessDeniedException: /srv/out/memos/country/US.pdf"), not the wrapper Spring Batch reports first ("Unable to
     * process chunk"); else the first line of the run's exit message.
     */
    static String reason(String jobMessage, String failedStep) {
        String cause = rootCause(jobMessage);
        String line = cause != null ? (failedStep == null ? "" : "step " + failedStep + ": ") + cause
                : jobMessage == null ? "" : jobMessage.lines().findFirst().orElse("");
        return line.length() > MESSAGE_WIDTH ? line.substring(0, MESSAGE_WIDTH - 3) + "..." : line;
    }

    /** The last "Caused by:" of a stack trace, with the exception's simple class name; null when there is none. */
    private static String rootCause(String trace) {
        if (trace == null) {
            return null;
        }
        String cause = null;
        for (String line : trace.lines().toList()) {
            if (line.startsWith("Caused by: ")) {
                cause = line.substring("Caused by: ".length());
            }
        }
        // "java.nio.file.AccessDeniedException: /x" -> "AccessDeniedException: /x"
        return cause == null ? null : cause.replaceFirst("^(?:[a-z_$][\\w$]*\\.)+(?=[A-Z])", "");
    }

    /** An exit message longer than this is cut: the log and the run report have it whole. */
    private static final int MESSAGE_WIDTH = 160;
}
