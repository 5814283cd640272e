package org.readoutbriefings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * The roles of scale-out refuse, at start and in one line with exit 2, what cannot work: a worker on an H2 file
 * (which no other process can share), a worker with no broker, a manager of workers whose broker nobody can reach.
 */
class ScaleOutSettingsTests {

    @TempDir
    Path folder;

    record Result(int exitCode, String out, String err) {
    }

    private static Result execute(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = BriefingsCommandLine.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return new Result(cli.execute(args), out.toString(), err.toString());
    }

    @Test
    void aWorkerOnAnH2FileStopsAtStart() {
        Result worker = execute("worker", "--spring.datasource.url=jdbc:h2:file:" + folder.resolve("db"),
                "--briefings.scale.broker-url=tcp://127.0.0.1:61616");
        assertThat(worker.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(worker.err().strip()).isEqualTo("error: spring.datasource.url: a worker shares its database with the other"
                + " processes, which an H2 file cannot do; give the same PostgreSQL database to every role (jdbc:postgresql://host/db)");
        assertThat(folder.resolve("db.mv.db")).doesNotExist();
    }

    @Test
    void aWorkerWithoutABrokerStopsAtStart() {
        Result worker = execute("worker", "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/briefings");
        assertThat(worker.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(worker.err().lines()).singleElement().asString()
                .startsWith("error: briefings.scale.broker-url: a worker needs the broker every role connects to");
    }

    @Test
    void aManagerOfWorkersWhoseBrokerNobodyCanReachStopsAtStart() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Result run = execute("run", "--input", "input", "--output", folder.resolve("out").toString(),
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/briefings", "--briefings.scale.workers=2",
                "--briefings.scale.broker-url=tcp://127.0.0.1:" + closedPort);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("error: briefings.scale.broker-url: cannot reach the broker at tcp://127.0.0.1:" + closedPort + " (")
                .endsWith("start it ('readout-briefings broker' for a small installation) or check the URL");
        assertThat(folder.resolve("out")).doesNotExist();
    }

    @Test
    void aManagerOfWorkersOnH2StopsAtStart() {
        Result run = execute("run", "--input", "input", "--output", folder.resolve("out").toString(),
                "--spring.datasource.url=jdbc:h2:file:" + folder.resolve("db"), "--briefings.scale.workers=2",
                "--briefings.scale.broker-url=tcp://127.0.0.1:61616");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().lines()).singleElement().asString().startsWith("error: spring.datasource.url: a manager of"
                + " workers (briefings.scale.workers=2) shares its database with the other processes");
    }

    @Test
    void theBrokerCommandRefusesATakenPort() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            Result broker = execute("broker", "--port", Integer.toString(taken.getLocalPort()));
            assertThat(broker.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(broker.err().strip()).isEqualTo("error: --port: 127.0.0.1:" + taken.getLocalPort()
                    + " is already in use (another broker?); give another with --port");
        }
    }
}
