package org.readoutbriefings.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.readoutbriefings.job.JobParameterNames;
import org.readoutbriefings.job.NightlyJobConfiguration;
import org.readoutbriefings.store.RunHistory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.JdbcTemplate;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code run}: the nightly job, once, for one date. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs the nightly job: reads the input folder into the database, rolls it up, and writes"
                + " memos/, tracker.xlsx and run-report.json to the output folder.", "",
                "Any setting may follow as --name=value, for example --briefings.home-country=GB or"
                        + " --spring.datasource.url=jdbc:postgresql://host/db."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success (or the date had already completed)", "1:the run failed (run again to restart it)",
                "2:usage or configuration error", "3:success, but some inputs were rejected (see run-report.json)",
                "4:another run is using the database; nothing was done"})
public class RunCommand implements Callable<Integer> {

    @Option(names = "--input", paramLabel = "DIR", description = "Folder of readouts (default: briefings.input, 'input').")
    Path input;

    @Option(names = "--output", paramLabel = "DIR", description = "Folder for memos, tracker and report (default: briefings.output, 'output').")
    Path output;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "The run date (default: today).")
    LocalDate asOf;

    @Option(names = "--force", description = "Run again for a date whose run already completed.")
    boolean force;

    @Option(names = "--full", description = "Parse every input file, not only new and changed ones.")
    boolean full;

    @Option(names = "--accept-removals", description = "Take input files that are gone as removed, even when most"
            + " or all of them are (otherwise such a night is taken for an unmounted share and nothing is marked removed).")
    boolean acceptRemovals;

    @Option(names = "--verify", description = "Hash every input file to find the changed ones, trusting no file's size"
            + " and modification time (also briefings.scan.verify); only changed files are parsed, as always.")
    boolean verify;

    @CommandLine.Mixin
    TemplatesOption templates;

    @CommandLine.Unmatched
    List<String> properties = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;


    /** The execution that completed the night, if one did; none on a database no night has used yet. */
    private static Optional<Long> completedRun(ConfigurableApplicationContext database, LocalDate runDate) {
        RunHistory history = new RunHistory(database.getBean(JdbcTemplate.class), NightlyJobConfiguration.JOB_NAME,
                JobParameterNames.RUN_DATE);
        try {
            return history.completedRunFor(runDate, JobParameterNames.FORCED_AT);
        } catch (BadSqlGrammarException noJobTables) {
            return Optional.empty();
        }
    }

    @Override
    public Integer call() {
        AppContext.checkSettings(properties, spec.commandLine(), "--input, --output, --templates, --as-of, --force, --full, --accept-removals, --verify");
        List<String> args = templates.withSetting(properties);
        if (input != null) {
            args.add("--briefings.input=" + input);
        }
        if (output != null) {
            args.add("--briefings.output=" + output);
        }
        LocalDate runDate = asOf != null ? asOf : LocalDate.now();
        if (!force) {
            // a night that already completed is answered from the database alone: the job's beans, Flyway, fonts
            // and templates take most of a start, and a scheduler retrying a finished night should not wait for them
            AppContext.Started quick = AppContext.startDatabaseOnly(args, spec.commandLine().getErr(), NightlyRun::settingsProblems);
            if (quick.context() == null) {
                return quick.exitCode();
            }
            try (ConfigurableApplicationContext database = quick.context()) {
                Optional<Long> completed = completedRun(database, runDate);
                if (completed.isPresent()) {
                    spec.commandLine().getOut().println(NightlyRun.alreadyCompleted(runDate, completed.get()));
                    return ExitCodes.SUCCESS;
                }
            } catch (RuntimeException e) {
                if (!AppContext.isUnreachable(e)) {
                    throw e;
                }
                spec.commandLine().getErr().println(AppContext.unreachable(args, e));
                return ExitCodes.USAGE;
            }
        }
        AppContext.Started started = AppContext.start(args, spec.commandLine().getErr(), NightlyRun::settingsProblems);
        if (started.context() == null) {
            return started.exitCode();
        }
        ConfigurableApplicationContext context = started.context();
        CountDownLatch closed = new CountDownLatch(1);
        NightlyRun night = new NightlyRun(context, spec.commandLine().getOut(), spec.commandLine().getErr());
        // SIGTERM (systemd stop, Kubernetes eviction, Ctrl-C): stop at a chunk boundary, leave a restartable run
        Thread onShutdown = night.closeOnShutdown(() -> { }, closed);
        Runtime.getRuntime().addShutdownHook(onShutdown);
        AppContext.Database database = AppContext.Database.of(context);
        int code = ExitCodes.FAILURE;
        try {
            code = night.launch(runDate, new NightlyRun.Options(force, full, acceptRemovals, verify));
            return code;
        } finally {
            context.close();
            closed.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(onShutdown);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running and has now been released
            }
            if (code == ExitCodes.SUCCESS || code == ExitCodes.SUCCESS_WITH_REJECTS) {
                AppContext.compactDatabase(database);
            }
        }
    }
}
