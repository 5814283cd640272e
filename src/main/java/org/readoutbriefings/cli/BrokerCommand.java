package org.readoutbriefings.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.readoutbriefings.scale.EmbeddedBroker;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code broker}: an ActiveMQ Artemis broker in this process for the manager and workers of a small installation
 * (docs/scale-out.md), until stopped. It needs neither the database nor the job's settings; production points
 * every role at a standalone or managed Artemis broker instead.
 */
@Command(name = "broker", mixinStandardHelpOptions = true,
        description = {"Runs an embedded ActiveMQ Artemis broker for scale-out (docs/scale-out.md) until stopped:"
                + " give every role --briefings.scale.broker-url=tcp://HOST:PORT."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "2:usage error, or the port is taken"})
public class BrokerCommand implements Callable<Integer> {

    @Option(names = "--host", paramLabel = "HOST",
            description = "Address to listen on (default: 127.0.0.1; 0.0.0.0 for other machines).")
    String host = "127.0.0.1";

    @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on (default: 61616).")
    int port = 61616;

    @Option(names = "--data", paramLabel = "DIR", description = "Folder for the broker's working files (default: a temporary one).")
    Path data;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (port < 1 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port: " + port + " is not a port (1 to 65535)");
        }
        if (!portFree()) {
            spec.commandLine().getErr().println("error: --port: " + host + ":" + port + " is already in use (another broker?);"
                    + " give another with --port");
            return ExitCodes.USAGE;
        }
        quietLogging();
        Path folder = data != null ? Files.createDirectories(data) : Files.createTempDirectory("briefings-broker");
        EmbeddedBroker broker = EmbeddedBroker.start(host, port, folder);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                broker.close();
            } catch (Exception e) {
                spec.commandLine().getErr().println("warning: the broker did not stop cleanly: " + AppContext.rootMessage(e));
            }
            stopped.countDown();
        }, "broker-stop"));
        spec.commandLine().getOut().println("Broker: listening at " + broker.url() + "; give every role --briefings.scale.broker-url="
                + broker.url());
        spec.commandLine().getOut().flush();
        stopped.await();
        return ExitCodes.SUCCESS;
    }

    /** Artemis's own start-up lines at INFO, an audit line per connection: warnings and errors are enough. */
    private static void quietLogging() {
        org.slf4j.Logger root = org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        if (root instanceof ch.qos.logback.classic.Logger logback) {
            logback.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    private boolean portFree() {
        try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
            probe.bind(new java.net.InetSocketAddress(host, port));
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
