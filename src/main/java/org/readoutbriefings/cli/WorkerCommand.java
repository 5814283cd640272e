package org.readoutbriefings.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.readoutbriefings.job.BriefingsProperties;
import org.readoutbriefings.job.RemotePartitioningConfiguration;
import org.readoutbriefings.job.SettingsCheck;
import org.readoutbriefings.scale.PartitionRequests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code worker}: serves the ingest's and the memos' partitions of any manager ({@code run} with
 * {@code briefings.scale.workers}) that shares its database and broker, until stopped. SIGTERM lets the partition
 * it is running finish, then ends it; SIGKILL leaves that partition to the broker, which gives it to another
 * worker.
 */
@Command(name = "worker", mixinStandardHelpOptions = true,
        description = {"Runs the partitions of the nightly job's ingest and memo steps for a manager ('run' with"
                + " --briefings.scale.workers=N) until stopped; see docs/scale-out.md. Give it the manager's"
                + " --spring.datasource.url (PostgreSQL) and --briefings.scale.broker-url. SIGTERM finishes the"
                + " partition running, then stops.",
                "Any setting may follow as --name=value."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "2:usage or configuration error (an H2 database, no broker URL)"})
public class WorkerCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(WorkerCommand.class);

    @CommandLine.Mixin
    TemplatesOption templates;

    @CommandLine.Unmatched
    List<String> properties = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    static List<String> settingsProblems(ConfigurableEnvironment env) {
        BriefingsProperties settings = Binder.get(env).bindOrCreate("briefings", BriefingsProperties.class);
        return SettingsCheck.scaleProblems(settings, env.getProperty("spring.datasource.url"), true);
    }

    @Override
    public Integer call() throws InterruptedException {
        AppContext.checkSettings(properties, spec.commandLine(), "--templates");
        List<String> args = new ArrayList<>(templates.withSetting(properties));
        args.add("--" + RemotePartitioningConfiguration.WORKER + "=true");
        // the manager migrates the schema; a worker only uses it
        args.add("--spring.flyway.enabled=false");
        AppContext.Started started = AppContext.start(args, spec.commandLine().getErr(), WorkerCommand::settingsProblems);
        if (started.context() == null) {
            return started.exitCode();
        }
        ConfigurableApplicationContext context = started.context();
        PartitionRequests partitions = context.getBean(PartitionRequests.class);
        CountDownLatch stopping = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        Thread onShutdown = new Thread(() -> {
            log.info("Worker: stopping{}", partitions.running() > 0 ? " once the partition it is running has ended" : "");
            try {
                if (!partitions.finishAndStop(PARTITION_PATIENCE)) {
                    log.warn("Worker: the partition did not end within {}; the broker gives it to another worker", PARTITION_PATIENCE);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            stopping.countDown();
            try {
                closed.await(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "worker-stop");
        Runtime.getRuntime().addShutdownHook(onShutdown);
        // the listener connects on its own thread, and again every 5 s while the broker is not there
        log.info("Worker: taking partitions from {} (queue {}) as soon as it is reachable",
                context.getEnvironment().getProperty("briefings.scale.broker-url"), RemotePartitioningConfiguration.QUEUE);
        try {
            stopping.await();
            return ExitCodes.SUCCESS;
        } finally {
            context.close();
            closed.countDown();
        }
    }

    /** How long SIGTERM waits for a running partition; the platform's own stop timeout should be longer. */
    static final Duration PARTITION_PATIENCE = Duration.ofHours(2);
}
