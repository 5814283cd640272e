package org.readoutbriefings.cli;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.CronTrigger;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code schedule}: stays running and starts the nightly run on a cron expression, never two at once (a
 * run still going makes the next trigger skip, with a log line). SIGTERM stops the running job at a chunk
 * boundary, leaving an execution the next run restarts, and ends the command.
 */
@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = {"Stays running and starts the nightly run on a schedule (briefings.schedule.cron, default 02:00"
                + " every day). An external scheduler (cron, systemd timer, Kubernetes CronJob) running 'run' is the"
                + " simpler choice where one exists; see docs/operations.md.",
                "Any setting may follow as --name=value."})
public class ScheduleCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(ScheduleCommand.class);

    @Option(names = "--cron", paramLabel = "EXPR",
            description = "Spring cron expression, seconds first (default: briefings.schedule.cron, '0 0 2 * * *').")
    String cron;

    @Option(names = "--zone", paramLabel = "ZONE", description = "Time zone of the schedule (default: the machine's).")
    ZoneId zone;

    @Option(names = "--stop-after", paramLabel = "N", hidden = true,
            description = "Stop after N triggers (for tests and trials).")
    int stopAfter;

    @CommandLine.Mixin
    TemplatesOption templates;

    @CommandLine.Unmatched
    List<String> properties = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        AppContext.checkSettings(properties, spec.commandLine(), "--cron, --zone, --templates");
        AppContext.Started started = AppContext.start(templates.withSetting(properties), spec.commandLine().getErr(),
                NightlyRun::settingsProblems);
        if (started.context() == null) {
            return started.exitCode();
        }
        ConfigurableApplicationContext context = started.context();
        CountDownLatch closed = new CountDownLatch(1);
        try {
            String expression = cron != null ? cron : context.getEnvironment().getProperty("briefings.schedule.cron", "0 0 2 * * *");
            if (!CronExpression.isValidExpression(expression)) {
                spec.commandLine().getErr().println("error: '" + expression + "' is not a cron expression; expected six"
                        + " fields, seconds first, e.g. '0 0 2 * * *' for 02:00 every day");
                return ExitCodes.USAGE;
            }
            ZoneId timeZone = zone != null ? zone : ZoneId.systemDefault();
            NightlyRun night = new NightlyRun(context, spec.commandLine().getOut(), spec.commandLine().getErr());
            AtomicBoolean busy = new AtomicBoolean();
            AtomicInteger triggers = new AtomicInteger();
            CountDownLatch done = new CountDownLatch(1);
            // the trigger only hands the run to this worker, so it fires on time and sees a run still going
            ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "nightly-run"));
            ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
            scheduler.setThreadNamePrefix("schedule-");
            scheduler.initialize();
            Thread onShutdown = night.closeOnShutdown(() -> {
                log.info("Schedule: shutting down");
                scheduler.shutdown();
                done.countDown();
            }, closed);
            Runtime.getRuntime().addShutdownHook(onShutdown);
            scheduler.schedule(() -> {
                int n = triggers.incrementAndGet();
                if (!busy.compareAndSet(false, true)) {
                    log.info("Schedule: a run is still going; this trigger is skipped");
                } else {
                    worker.execute(() -> {
                        try {
                            LocalDate today = LocalDate.now(timeZone);
                            log.info("Schedule: starting the run for {}", today);
                            int code = night.launch(today, NightlyRun.Options.SCHEDULED);
                            log.info("Schedule: the run for {} ended with exit code {}", today, code);
                        } catch (RuntimeException e) {
                            log.error("Schedule: the run failed: {}", AppContext.rootMessage(e));
                        } finally {
                            busy.set(false);
                        }
                    });
                }
                if (stopAfter > 0 && n >= stopAfter) {
                    done.countDown();
                }
            }, new CronTrigger(expression, timeZone));
            log.info("Schedule: running '{}' ({}); next at {}", expression, timeZone,
                    CronExpression.parse(expression).next(java.time.ZonedDateTime.now(timeZone)));
            done.await();
            scheduler.shutdown();
            // let a run still going finish before the context closes
            worker.shutdown();
            worker.awaitTermination(1, TimeUnit.DAYS);
            try {
                Runtime.getRuntime().removeShutdownHook(onShutdown);
            } catch (IllegalStateException shuttingDown) {
                // the hook itself ended the wait
            }
            return ExitCodes.SUCCESS;
        } finally {
            AppContext.Database database = AppContext.Database.of(context);
            context.close();
            closed.countDown();
            // the nights ran in this one application: its file is compacted when the schedule stops
            AppContext.compactDatabase(database);
        }
    }
}
