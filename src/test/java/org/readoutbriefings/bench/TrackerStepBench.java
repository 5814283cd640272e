package org.readoutbriefings.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.readoutbriefings.ReadoutBriefingsApplication;
import org.readoutbriefings.job.JobParameterNames;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The tracker step alone, on a database a bench night filled (docs/benchmarks.md): starts the application's
 * context against it and runs only the tracker step, into a new output folder, so that writers and queries can
 * be compared at job level without a whole night. {@code --first} forgets what earlier trackers showed
 * (table tracker_item), as on a first night, where every row is shown for the first time.
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.readoutbriefings.bench.TrackerStepBench \
 *     --db jdbc:h2:file:/copy/of/briefings [--user U --password P] --output DIR [--first] [--as-of 2026-11-27]
 * </pre>
 * Prints one line: the step's seconds (as the run report counts them), its rows, the file's size.
 */
public final class TrackerStepBench {

    private TrackerStepBench() {
    }

    public static void main(String[] args) throws Exception {
        String db = null;
        String user = "sa";
        String password = "";
        Path output = null;
        boolean first = false;
        LocalDate asOf = LocalDate.of(2026, 11, 27);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--db" -> db = args[++i];
                case "--user" -> user = args[++i];
                case "--password" -> password = args[++i];
                case "--output" -> output = Path.of(args[++i]);
                case "--first" -> first = true;
                case "--as-of" -> asOf = LocalDate.parse(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (db == null || output == null) {
            throw new IllegalArgumentException("--db URL and --output DIR are needed");
        }
        Files.createDirectories(output);
        List<String> settings = new ArrayList<>(List.of("--spring.datasource.url=" + db,
                "--spring.datasource.username=" + user, "--spring.datasource.password=" + password));
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ReadoutBriefingsApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false).run(settings.toArray(String[]::new))) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            if (first) {
                jdbc.update("DELETE FROM tracker_item");
            }
            JobRepository repository = context.getBean(JobRepository.class);
            Step step = context.getBean("trackerStep", Step.class);
            Job job = new JobBuilder("trackerStepBench", repository).start(step).build();
            JobExecution execution = context.getBean(JobOperator.class).start(job, new JobParametersBuilder()
                    .addLong("bench", System.currentTimeMillis())
                    .addString(JobParameterNames.INPUT, output.resolve("no-input").toString(), false)
                    .addString(JobParameterNames.OUTPUT, output.toString(), false)
                    .addLocalDate(JobParameterNames.RUN_DATE, asOf)
                    .toJobParameters());
            StepExecution tracker = execution.getStepExecutions().iterator().next();
            double seconds = Duration.between(tracker.getStartTime(), tracker.getEndTime()).toMillis() / 1000.0;
            System.out.printf("tracker step %s: %.1f s, %,d rows, %s night, %,d bytes%n",
                    execution.getStatus(), seconds, tracker.getWriteCount(), first ? "first" : "later",
                    Files.exists(output.resolve("tracker.xlsx")) ? Files.size(output.resolve("tracker.xlsx")) : -1);
        }
    }
}
