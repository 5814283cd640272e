package org.readoutbriefings.cli;

import java.nio.file.Files;
import java.sql.SQLException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.readoutbriefings.ReadoutBriefingsApplication;
import org.readoutbriefings.job.BriefingsProperties;
import org.readoutbriefings.job.JobParameterNames;
import org.readoutbriefings.job.NightlyJobConfiguration;
import org.readoutbriefings.job.RunLock;
import org.readoutbriefings.job.RunReportWriter;
import org.readoutbriefings.job.SettingsCheck;
import org.readoutbriefings.reference.CountryDirectory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.CannotAcquireLockException;

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

    @CommandLine.Unmatched
    List<String> properties = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        for (String property : properties) {
            if (!property.startsWith("--") || !property.contains("=")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "Unknown argument '" + property
                        + "': options are --input, --output, --as-of, --force, or a property as --name=value");
            }
        }
        List<String> springArgs = new ArrayList<>(properties);
        if (input != null) {
            springArgs.add("--briefings.input=" + input);
        }
        if (output != null) {
            springArgs.add("--briefings.output=" + output);
        }
        ConfigurableApplicationContext context;
        try {
            context = new SpringApplicationBuilder(ReadoutBriefingsApplication.class)
                    .web(WebApplicationType.NONE)
                    .logStartupInfo(false)
                    .run(springArgs.toArray(String[]::new));
        } catch (RuntimeException e) {
            if (rootMessage(e).contains("Database may be already in use")) {
                return anotherRun("the H2 database is open in another process");
            }
            BindException badSetting = cause(e, BindException.class);
            if (badSetting != null) {
                spec.commandLine().getErr().println("error: the setting " + badSetting.getName()
                        + (badSetting.getProperty() == null ? "" : " = '" + badSetting.getProperty().getValue() + "'")
                        + " is not valid: " + rootMessage(badSetting));
                return ExitCodes.USAGE;
            }
            throw e;
        }
        try (context; RunLock lock = RunLock.acquire(context.getBean(DataSource.class))) {
            if (!lock.held()) {
                return anotherRun("another run holds the database's run lock");
            }
            return runJob(context);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database: " + e.getMessage(), e);
        }
    }

    private int anotherRun(String why) {
        spec.commandLine().getErr().println("error: another run is in progress (" + why + "); nothing was done."
                + " Try again when it has finished.");
        return ExitCodes.ANOTHER_RUN;
    }

    private int runJob(ConfigurableApplicationContext context) {
        BriefingsProperties settings = context.getBean(BriefingsProperties.class);
        List<String> problems = SettingsCheck.problems(settings, context.getBean(CountryDirectory.class));
        if (!problems.isEmpty()) {
            problems.forEach(p -> spec.commandLine().getErr().println("error: " + p));
            return ExitCodes.USAGE;
        }
        Path inputFolder = settings.input();
        if (!Files.isDirectory(inputFolder) || !Files.isReadable(inputFolder)) {
            spec.commandLine().getErr().println("error: the input folder '" + inputFolder.toAbsolutePath()
                    + "' does not exist or cannot be read; give one with --input DIR");
            return ExitCodes.USAGE;
        }
        LocalDate runDate = asOf != null ? asOf : LocalDate.now();
        JobParametersBuilder params = new JobParametersBuilder()
                .addLocalDate(JobParameterNames.RUN_DATE, runDate, true)
                .addString(JobParameterNames.INPUT, inputFolder.toString(), false)
                .addString(JobParameterNames.OUTPUT, settings.output().toString(), false)
                .addString(JobParameterNames.FULL, Boolean.toString(full), false);
        JobRepository repository = context.getBean(JobRepository.class);
        JobExecution last = repository.getLastJobExecution(NightlyJobConfiguration.JOB_NAME, params.toJobParameters());
        if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
            if (!force) {
                spec.commandLine().getOut().println("The run for " + runDate + " already completed (execution "
                        + last.getId() + "); use --force to run it again.");
                return ExitCodes.SUCCESS;
            }
            params.addString(JobParameterNames.FORCED_AT, LocalDateTime.now().toString(), true);
        }
        JobParameters jobParameters = params.toJobParameters();
        JobOperator operator = context.getBean(JobOperator.class);
        if (last != null && last.getStatus().isRunning()) {
            // we hold the run lock, so no process is running it: the one that was died (killed, power cut)
            spec.commandLine().getErr().println("warning: the run for " + runDate + " (execution " + last.getId()
                    + ") was left unfinished by a process that stopped; restarting it where it stopped.");
            operator.recover(last);
        }
        Job job = context.getBean(NightlyJobConfiguration.JOB_NAME + "Job", Job.class);
        JobExecution execution;
        try {
            execution = operator.start(job, jobParameters);
        } catch (JobExecutionAlreadyRunningException | CannotAcquireLockException e) {
            return anotherRun("the run for " + runDate + " is already running");
        } catch (Exception e) {
            spec.commandLine().getErr().println("error: the run for " + runDate + " could not start: " + rootMessage(e));
            return ExitCodes.FAILURE;
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            spec.commandLine().getErr().println("error: the run for " + runDate + " ended " + execution.getStatus()
                    + "; see the log above and " + settings.output().resolve(RunReportWriter.FILE_NAME)
                    + ". Run the same command again to restart it.");
            return ExitCodes.FAILURE;
        }
        long rejected = execution.getExecutionContext().getLong(RunReportWriter.REJECTED, 0L);
        return rejected > 0 ? ExitCodes.SUCCESS_WITH_REJECTS : ExitCodes.SUCCESS;
    }

    /** The first cause of the given type, or null. */
    static <T extends Throwable> T cause(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }

    /** The innermost cause's message: what a person can act on, without the stack trace. */
    static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.toString() : message;
    }
}
