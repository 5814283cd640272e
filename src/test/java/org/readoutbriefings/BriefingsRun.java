package org.readoutbriefings;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.readoutbriefings.cli.BriefingsCommandLine;

import picocli.CommandLine;

/**
 * Runs the real command line, as a user would, against an H2 file database in a test folder, and
 * reads that database back afterwards.
 */
public final class BriefingsRun {

    /** What a command printed and returned. */
    public record Result(int exitCode, String out, String err) {
    }

    private final String jdbcUrl;
    private final String user;
    private final String password;

    /** An H2 file database in the folder. */
    public BriefingsRun(Path folder) {
        this("jdbc:h2:file:" + folder.resolve("db").resolve("briefings").toAbsolutePath(), "sa", "");
    }

    /** Any database, PostgreSQL included. */
    public BriefingsRun(String jdbcUrl, String user, String password) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** The arguments that point a run at this database. */
    public List<String> databaseArguments() {
        return List.of("--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password);
    }

    /** Runs a command with the test database; further arguments are passed as given. */
    public Result command(String... args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        if (!all.isEmpty() && (all.get(0).equals("run") || all.get(0).equals("status"))) {
            all.addAll(databaseArguments());
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = BriefingsCommandLine.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(all.toArray(String[]::new));
        return new Result(code, out.toString(), err.toString());
    }

    public Result run(Path input, Path output, String asOf, String... more) {
        List<String> args = new ArrayList<>(List.of("run", "--input", input.toString(), "--output", output.toString(),
                "--as-of", asOf));
        args.addAll(Arrays.asList(more));
        return command(args.toArray(String[]::new));
    }

    /** A night with mail on, to a plain SMTP server on the loopback interface (GreenMail's offers no STARTTLS). */
    public Result runWithMail(Path input, Path output, String asOf, Path subscriptions, int smtpPort, String... more) {
        List<String> args = new ArrayList<>(List.of("--briefings.mail.enabled=true",
                "--briefings.mail.subscriptions=" + subscriptions, "--briefings.mail.from=Readout Briefings <briefings@example.org>",
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
                "--spring.mail.properties.mail.smtp.starttls.enable=false",
                "--spring.mail.properties.mail.smtp.starttls.required=false"));
        args.addAll(Arrays.asList(more));
        return run(input, output, asOf, args.toArray(String[]::new));
    }

    /** Rows of a query, each as a list of column values rendered as text. */
    public List<List<String>> query(String sql) {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            List<List<String>> rows = new ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    Object value = rs.getObject(i);
                    row.add(value == null ? null : value.toString().strip());
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Runs a statement, e.g. to empty a shared test database. */
    public void execute(String sql) {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public long count(String sql) {
        return Long.parseLong(query(sql).get(0).get(0));
    }
}
