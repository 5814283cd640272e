package org.readoutbriefings.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.readoutbriefings.job.BriefingsProperties;
import org.readoutbriefings.job.CurrentRun;
import org.readoutbriefings.job.JobParameterNames;
import org.readoutbriefings.job.NightlyJobConfiguration;
import org.readoutbriefings.job.RunLock;
import org.readoutbriefings.job.RunReportWriter;
import org.readoutbriefings.job.SettingsCheck;
import org.readoutbriefings.scale.BrokerConnection;
import org.readoutbriefings.store.RunHistory;
import org.readoutbriefings.memo.MemoRenderer;
import org.readoutbriefings.reference.CountryDirectory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * One night's run, as {@code run} and {@code schedule} launch it: settings checked, the run lock taken, a
 * night left unfinished by a dead process recovered, the job started or restarted, and the outcome turned
 * into an exit code. {@link #stop} asks a running job to stop at its next chunk boundary, so that a
 * shutdown leaves a stopped execution the next run restarts.
 */
final class NightlyRun {

    private final ConfigurableApplicationContext context;
    private final PrintWriter out;
    private final PrintWriter err;

    NightlyRun(ConfigurableApplicationContext context, PrintWriter out, PrintWriter err) {
        this.context = context;
        this.out = out;
        this.err = err;
    }

    /** The nightly settings, checked on the environment before the application starts: see {@link AppContext#start}. */
    static List<String> settingsProblems(ConfigurableEnvironment env) {
        BriefingsProperties settings = Binder.get(env).bindOrCreate("briefings", BriefingsProperties.class);
        List<String> problems = new java.util.ArrayList<>(SettingsCheck.problems(settings, CountryDirectory.builtIn()));
        problems.addAll(SettingsCheck.mailProblems(settings, CountryDirectory.builtIn(), env));
        problems.addAll(SettingsCheck.scaleProblems(settings, env.getProperty("spring.datasource.url"), false));
        BriefingsProperties.Scale scale = settings.scale();
        if (problems.isEmpty() && scale.enabled()) {
            // partitions handed to a broker nobody can reach would wait for their timeout: stop now instead
            BrokerConnection.unreachable(scale.brokerUrl(), scale.brokerUser(), scale.brokerPassword()).ifPresent(why ->
                    problems.add("briefings.scale.broker-url: cannot reach the broker at " + scale.brokerUrl() + " (" + why
                            + "); start it ('readout-briefings broker' for a small installation) or check the URL"));
        }
        return problems;
    }

    /**
     * How {@code run} was asked to run a night; the scheduled run takes none of them.
     *
     * @param force          run again a night that already completed
     * @param full           parse every input file
     * @param acceptRemovals take gone input files as removed however many have gone
     * @param verify         hash every input file, trusting no size and modification time
     */
    record Options(boolean force, boolean full, boolean acceptRemovals, boolean verify) {
        static final Options SCHEDULED = new Options(false, false, false, false);
    }

    int launch(LocalDate runDate, Options options) {
        BriefingsProperties settings = context.getBean(BriefingsProperties.class);
        List<String> problems = SettingsCheck.problems(settings, context.getBean(CountryDirectory.class));
        if (!problems.isEmpty()) {
            problems.forEach(p -> err.println("error: " + p));
            return ExitCodes.USAGE;
        }
        Path input = settings.input();
        if (!Files.isDirectory(input) || !Files.isReadable(input)) {
            err.println("error: the input folder '" + input.toAbsolutePath()
                    + "' does not exist or cannot be read; give one with --input DIR");
            return ExitCodes.USAGE;
        }
        try (RunLock lock = RunLock.acquire(context.getBean(DataSource.class))) {
            if (!lock.held()) {
                err.println(AppContext.anotherRun("another run holds the database's run lock"));
                return ExitCodes.ANOTHER_RUN;
            }
            return start(runDate, options, settings);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database: " + e.getMessage(), e);
        }
    }

    static String alreadyCompleted(LocalDate runDate, long execution) {
        return "The run for " + runDate + " already completed (execution " + execution + "); use --force to run it again.";
    }

    private int start(LocalDate runDate, Options options, BriefingsProperties settings) {
        // workers resolve the folders as given: with scale-out they get them whole (the same path on every machine)
        Path input = settings.scale().enabled() ? settings.input().toAbsolutePath() : settings.input();
        Path output = settings.scale().enabled() ? settings.output().toAbsolutePath() : settings.output();
        Optional<LocalDate> latest = context.getBean(RunHistory.class).latestCompletedNight();
        if (latest.isPresent() && runDate.isBefore(latest.get())) {
            // staff read the live files as the latest night's: an earlier night is written beside them
            output = output.resolve("as-of-" + runDate);
            out.println("The night of " + runDate + " is earlier than the latest completed one (" + latest.get()
                    + "): its memos, digest, tracker and run report go to " + output + "; the live files are left alone.");
        }
        JobParametersBuilder params = new JobParametersBuilder()
                .addLocalDate(JobParameterNames.RUN_DATE, runDate, true)
                .addString(JobParameterNames.INPUT, input.toString(), false)
                .addString(JobParameterNames.OUTPUT, output.toString(), false)
                .addString(JobParameterNames.FULL, Boolean.toString(options.full()), false)
                .addString(JobParameterNames.ACCEPT_REMOVALS, Boolean.toString(options.acceptRemovals()), false)
                .addString(JobParameterNames.VERIFY, Boolean.toString(options.verify()), false);
        JobRepository repository = context.getBean(JobRepository.class);
        JobExecution last = repository.getLastJobExecution(NightlyJobConfiguration.JOB_NAME, params.toJobParameters());
        if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
            if (!options.force()) {
                out.println(alreadyCompleted(runDate, last.getId()));
                return ExitCodes.SUCCESS;
            }
            params.addString(JobParameterNames.FORCED_AT, LocalDateTime.now().toString(), true);
        }
        // the templates are assembled and checked here, once a night is to run: a broken one stops it before any step
        context.getBean(MemoRenderer.class);
        JobOperator operator = context.getBean(JobOperator.class);
        if (last != null && last.getStatus().isRunning()) {
            // we hold the run lock, so no process is running it: the one that was died (killed, power cut)
            err.println("warning: the run for " + runDate + " (execution " + last.getId()
                    + ") was left unfinished by a process that stopped; restarting it where it stopped.");
            recover(repository, operator, last);
        }
        Job job = context.getBean(NightlyJobConfiguration.JOB_NAME + "Job", Job.class);
        JobExecution execution;
        try {
            execution = operator.start(job, params.toJobParameters());
        } catch (JobExecutionAlreadyRunningException | CannotAcquireLockException e) {
            err.println(AppContext.anotherRun("the run for " + runDate + " is already running"));
            return ExitCodes.ANOTHER_RUN;
        } catch (Exception e) {
            err.println("error: the run for " + runDate + " could not start: " + AppContext.rootMessage(e));
            return ExitCodes.FAILURE;
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            err.println("error: the run for " + runDate + " ended " + execution.getStatus() + "; see the log above and "
                    + output.resolve(RunReportWriter.FILE_NAME) + ". Run the same command again to "
                    + (execution.getStatus() == BatchStatus.STOPPED ? "go on where it stopped." : "restart it."));
            return ExitCodes.FAILURE;
        }
        long rejected = execution.getExecutionContext().getLong(RunReportWriter.REJECTED, 0L);
        long missing = execution.getExecutionContext().getLong(RunReportWriter.MISSING_INPUT, 0L);
        long mailHeld = execution.getExecutionContext().getLong(RunReportWriter.MAIL_HELD, 0L);
        if (mailHeld > 0) {
            err.println("warning: " + mailHeld + " messages could not be sent (" + execution.getExecutionContext()
                    .getString(RunReportWriter.MAIL_ERROR, "") + "); they are sent on the next run. See 'mail' in "
                    + output.resolve(RunReportWriter.FILE_NAME) + ".");
        }
        long mailRefused = execution.getExecutionContext().getLong(RunReportWriter.MAIL_REFUSED, 0L);
        if (mailRefused > 0) {
            err.println("warning: " + (mailRefused == 1 ? "1 message was given up, the mail server having refused it "
                    : mailRefused + " messages were given up, the mail server having refused each ")
                    + settings.mail().maxRefusals() + " times (" + execution.getExecutionContext().getString(
                    RunReportWriter.MAIL_REFUSED_ERROR, "") + "); check the address in " + settings.mail().subscriptions()
                    + ". See 'mail.refused' in " + output.resolve(RunReportWriter.FILE_NAME) + ".");
        }
        long mailExpired = execution.getExecutionContext().getLong(RunReportWriter.MAIL_EXPIRED, 0L);
        if (mailExpired > 0) {
            int nights = settings.mail().holdNights();
            err.println("warning: " + (mailExpired == 1 ? "1 message held since " : mailExpired + " messages held since ")
                    + execution.getExecutionContext().getString(RunReportWriter.MAIL_EXPIRED_SINCE, "")
                    + (mailExpired == 1 ? " was" : " were") + " dropped, held longer than briefings.mail.hold-nights ("
                    + nights + (nights == 1 ? " night" : " nights") + "): their news is old. See 'mail.expired' in "
                    + output.resolve(RunReportWriter.FILE_NAME) + ".");
        }
        if (missing > 0) {
            err.println("warning: " + missing + " known input files are missing from " + settings.input()
                    + " (an unmounted share?): none was marked removed. If they really were removed, run again with"
                    + " --accept-removals --force.");
        }
        return rejected > 0 || missing > 0 || mailHeld > 0 || mailRefused > 0 || mailExpired > 0 ? ExitCodes.SUCCESS_WITH_REJECTS
                : ExitCodes.SUCCESS;
    }

    /** How often a stopped run is read again when a worker updates one of its partitions while it is marked failed. */
    private static final int RECOVERY_ATTEMPTS = 5;

    /**
     * Marks a run that its process left unfinished as failed, so that it restarts where it stopped. The workers of
     * a scaled-out run may still be finishing the dead manager's partitions, and one that completes its partition
     * while this marks the run changes that partition's row under it (an optimistic-locking conflict, "wrong
     * version"): the run is then read again, and what is still running marked.
     */
    static void recover(JobRepository repository, JobOperator operator, JobExecution stopped) {
        JobExecution execution = stopped;
        for (int attempt = 1; ; attempt++) {
            try {
                operator.recover(execution);
                return;
            } catch (OptimisticLockingFailureException e) {
                if (attempt == RECOVERY_ATTEMPTS) {
                    throw e;
                }
                execution = repository.getJobExecution(stopped.getId());
            }
        }
    }

    /**
     * Asks the running job, if any, to stop at its next chunk boundary: for a shutdown hook, which must
     * then wait until the command has closed the application (see {@link #closeOnShutdown}). The execution
     * ends STOPPED, and the next run for its date goes on where it stopped.
     */
    void stop() {
        context.getBean(CurrentRun.class).get().ifPresent(execution -> {
            err.println("Stopping: the run " + execution.getId() + " stops at its next chunk boundary; run again to go on.");
            err.flush();
            // Not JobOperator.stop: in Batch 6.0 it writes the running step's row from this thread (racing the
            // step's own writes, spring-batch GH-5308) and releases the step scope here, which closes the
            // step's reader under it mid-chunk. Marking the job STOPPING is the signal the step thread reads
            // at its next chunk boundary, when it saves its progress; it then ends the step STOPPED itself.
            try {
                JobRepository repository = context.getBean(JobRepository.class);
                JobExecution stored = repository.getJobExecution(execution.getId());
                if (stored != null && stored.isRunning()) {
                    stored.setStatus(BatchStatus.STOPPING);
                    repository.update(stored);
                }
            } catch (Exception e) {
                err.println("warning: could not ask the run to stop: " + AppContext.rootMessage(e));
            }
        });
    }

    /**
     * A shutdown hook (SIGTERM from systemd or Kubernetes, Ctrl-C) that runs {@code beforeWaiting}, asks the
     * job to stop, and holds the JVM until {@code closed} is counted down: the command counts it down once
     * it has closed the application context, so the database has stored the stopped execution.
     */
    Thread closeOnShutdown(Runnable beforeWaiting, CountDownLatch closed) {
        return new Thread(() -> {
            beforeWaiting.run();
            stop();
            try {
                closed.await(SHUTDOWN_PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "graceful-stop");
    }

    /** How long a shutdown waits for the running job to reach a chunk boundary and the application to close. */
    static final Duration SHUTDOWN_PATIENCE = Duration.ofSeconds(60);
}
