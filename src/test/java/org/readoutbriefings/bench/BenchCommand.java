package org.readoutbriefings.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.readoutbriefings.cli.ExitCodes;
import org.readoutbriefings.reference.CountryDirectory;
import org.readoutbriefings.reference.TopicTaxonomy;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench}: synthetic readouts, and the nightly job measured on them (docs/benchmarks.md). It lives with the
 * tests, not in the product jar: {@code mvn -B -q -Pjobbench test-compile exec:java -Dbench.args="run ..."}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        subcommands = {BenchCommand.Generate.class, BenchCommand.Run.class},
        description = "Generates synthetic readouts and measures the nightly job on them.")
public class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: 'bench generate' or 'bench run'");
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchCommand()).execute(args));
    }

    static SyntheticReadouts generator(double proseShare) {
        SyntheticReadouts.Mix mix = SyntheticReadouts.Mix.DEFAULT;
        return new SyntheticReadouts(CountryDirectory.builtIn(), TopicTaxonomy.builtIn(),
                new SyntheticReadouts.Mix(proseShare, mix.html(), mix.markdown(), mix.json()));
    }

    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = {"Writes realistic synthetic readouts: JSON Lines feeds, Markdown and JSON files, and prose"
                    + " (.txt, .html) for the extractor; about 40 partners, every topic, names in several scripts.",
                    "The same seed writes the same files."})
    static class Generate implements Callable<Integer> {

        @Option(names = "--readouts", paramLabel = "N", required = true, description = "How many readouts.")
        int readouts;

        @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: 1).")
        long seed = 1;

        @Option(names = "--output", paramLabel = "DIR", required = true, description = "Folder to write into.")
        Path output;

        @Option(names = "--prose-share", paramLabel = "F", description = "Share of readouts written as prose (default: 0.10).")
        double proseShare = SyntheticReadouts.Mix.DEFAULT.prose();

        @Option(names = "--home-country", paramLabel = "CC", description = "Home country, ISO alpha-2 (default: JP).")
        String homeCountry = "JP";

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            long start = System.nanoTime();
            SyntheticReadouts.Summary s = generator(proseShare).write(output, readouts, seed, homeCountry);
            spec.commandLine().getOut().printf("%,d readouts, %,d commitments, %,d follow-ups in %,d files under %s (%.1f s)%n",
                    s.readouts(), s.commitments(), s.followUps(), s.files(), output, (System.nanoTime() - start) / 1e9);
            return ExitCodes.SUCCESS;
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = {"Generates readouts (once per size and seed) and runs the nightly job on them in child JVMs,"
                    + " each on a fresh H2 database (or an emptied PostgreSQL one); reports per-step times and rates, peak RSS and heap, and the"
                    + " medians over the runs (bench-result.md and bench-result.json in the work folder)."})
    static class Run implements Callable<Integer> {

        @Option(names = "--readouts", paramLabel = "N", description = "Readouts in the full run (default: 100000).")
        int readouts = 100_000;

        @Option(names = "--incremental", paramLabel = "N",
                description = "Readouts added for an incremental run after each full run; 0 for none (default: 1000).")
        int incremental = 1_000;

        @Option(names = "--unchanged", description = "After each full (and incremental) run, a night a day later on the same"
                + " input: nothing new, no tracker edits (issue 17: it writes no tracker).")
        boolean unchanged;

        @Option(names = "--runs", paramLabel = "N", description = "How many times to repeat (default: 3).")
        int runs = 3;

        @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: 1).")
        long seed = 1;

        @Option(names = "--prose-share", paramLabel = "F", description = "Share of readouts written as prose (default: 0.10).")
        double proseShare = SyntheticReadouts.Mix.DEFAULT.prose();

        @Option(names = "--work", paramLabel = "DIR", description = "Folder for data, databases and results (default: bench-work).")
        Path work = Path.of("bench-work");

        @Option(names = "--jvm", paramLabel = "OPTION", split = " ",
                description = "Options for the child JVMs (default: -Xmx1g -XX:+UseG1GC).")
        List<String> jvmOptions = new ArrayList<>(List.of("-Xmx1g", "-XX:+UseG1GC"));

        @Option(names = "--jar", paramLabel = "FILE", description = "The application jar (default: target/readout-briefings.jar).")
        Path jar = Path.of("target/readout-briefings.jar");

        @Option(names = "--postgres-url", paramLabel = "JDBC-URL",
                description = "Run on this PostgreSQL database instead of a fresh H2 file; its public schema is"
                        + " emptied before every full run, so give one that holds nothing else.")
        String postgresUrl;

        @Option(names = "--postgres-user", paramLabel = "NAME", description = "PostgreSQL user (default: postgres).")
        String postgresUser = "postgres";

        @Option(names = "--postgres-password", paramLabel = "SECRET", description = "PostgreSQL password (default: none).")
        String postgresPassword = "";

        @Option(names = "--workers", paramLabel = "N",
                description = "Scale-out: hand the ingest and memo partitions to N worker JVMs and a broker (needs --postgres-url).")
        int workers;

        @Option(names = "--pin", description = "With --workers: run worker i on processor i alone (taskset).")
        boolean pin;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (workers > 0 && postgresUrl == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--workers needs --postgres-url: workers share its database");
            }
            Path application = jar;
            if (!java.nio.file.Files.isRegularFile(application)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "No application jar at " + application + ": build it (mvn -B -DskipTests package) or give --jar");
            }
            PrintWriter out = spec.commandLine().getOut();
            JobBenchmark benchmark = new JobBenchmark(new JobBenchmark.Plan(readouts, seed, runs, incremental, unchanged, jvmOptions,
                    work.toAbsolutePath(), application.toAbsolutePath(), LocalDate.of(2026, 11, 27),
                    postgresUrl == null ? null : new JobBenchmark.PostgresTarget(postgresUrl, postgresUser, postgresPassword),
                    workers > 0 ? new JobBenchmark.ScaleOut(workers, pin) : null),
                    out);
            out.println(benchmark.summarise(benchmark.run(generator(proseShare), "JP")));
            return ExitCodes.SUCCESS;
        }
    }
}
