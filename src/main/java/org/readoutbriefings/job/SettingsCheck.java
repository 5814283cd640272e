package org.readoutbriefings.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.readoutbriefings.delivery.Subscriptions;
import org.readoutbriefings.reference.CountryDirectory;
import org.readoutbriefings.reference.TopicTaxonomy;
import org.readoutbriefings.store.H2DatabaseFolder;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * Checks the settings when a run starts, so that a wrong value stops it at once with the setting's name
 * and what was expected, rather than failing at 02:00 half-way through.
 */
public final class SettingsCheck {

    private SettingsCheck() {
    }

    /** Every problem found, each naming its setting; empty when all is well. */
    public static List<String> problems(BriefingsProperties p, CountryDirectory countries) {
        List<String> problems = new ArrayList<>();
        String home = p.homeCountry() == null ? "" : p.homeCountry().strip();
        if (home.length() != 2 || countries.byCode(home).isEmpty()) {
            problems.add("briefings.home-country: '" + home + "' is not an ISO 3166-1 alpha-2 country code (for example JP, US, GB)");
        }
        range(problems, "briefings.chunk-size", p.chunkSize(), 1, 100_000);
        range(problems, "briefings.ingest.partitions", p.ingest().partitions(), 0, 256);
        range(problems, "briefings.max-input-file-bytes", p.maxInputFileBytes(), 1_024, Long.MAX_VALUE);
        range(problems, "briefings.memo.period-months", p.memo().periodMonths(), 1, 120);
        range(problems, "briefings.memo.max-meetings", p.memo().maxMeetings(), 1, 10_000);
        range(problems, "briefings.memo.max-commitments", p.memo().maxCommitments(), 1, 10_000);
        range(problems, "briefings.memo.digest-due-days", p.memo().digestDueDays(), 0, 366);
        range(problems, "briefings.tracker.backups", p.tracker().backups(), 0, 1_000);
        range(problems, "briefings.tracker.stale-after-days", p.tracker().staleAfterDays(), 1, 36_500);
        if (p.templates() != null && !p.templates().toString().isBlank() && !Files.isDirectory(p.templates())) {
            problems.add("briefings.templates: the folder '" + p.templates() + "' does not exist; give a folder of your own"
                    + " templates ('templates export DIR' writes the application's there to start from), or leave the"
                    + " setting empty for the application's");
        }
        if (p.outputFileMode() == null || !p.outputFileMode().strip().matches("0?6[0246][0246]")) {
            problems.add("briefings.output-file-mode: '" + p.outputFileMode() + "' is not a mode such as 666, 640 or 600:"
                    + " three octal digits, the first 6 (the run reads and replaces its own files), no execute bits");
        }
        if (p.topicsFile() != null && !p.topicsFile().toString().isBlank() && !Files.isRegularFile(p.topicsFile())) {
            problems.add("briefings.topics-file: the file '" + p.topicsFile() + "' does not exist; leave it empty for the built-in taxonomy");
        }
        if (p.output() == null) {
            problems.add("briefings.output: no folder given");
        } else {
            unwritable(p.output()).ifPresent(why -> problems.add("briefings.output: cannot write to "
                    + p.output().toAbsolutePath() + " (" + why + ")"));
        }
        return problems;
    }

    /**
     * With mail on: an SMTP server, a sender, a subscriptions file that reads; and, on or off, a mail password
     * given in the environment only, where neither the process list nor a settings file shows it.
     */
    public static List<String> mailProblems(BriefingsProperties p, CountryDirectory countries, ConfigurableEnvironment env) {
        List<String> problems = new ArrayList<>();
        for (PropertySource<?> source : env.getPropertySources()) {
            Object password = source.getProperty("spring.mail.password");
            if (password != null && !password.toString().isEmpty()) {
                if (!source.getName().equals(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME)) {
                    problems.add("spring.mail.password: give it in the environment (SPRING_MAIL_PASSWORD), not on the"
                            + " command line or in a settings file, where others can read it");
                }
                break;
            }
        }
        if (!p.mail().enabled()) {
            return problems;
        }
        if (env.getProperty("spring.mail.host", "").isBlank()) {
            problems.add("spring.mail.host: no SMTP server given, and briefings.mail.enabled is true");
        }
        if (env.getProperty("spring.mail.properties.mail.smtp.auth", Boolean.class, false)
                && (env.getProperty("spring.mail.username", "").isBlank() || env.getProperty("spring.mail.password", "").isEmpty())) {
            problems.add("spring.mail.properties.mail.smtp.auth: the server is to be logged in to, but spring.mail.username"
                    + " or the password (SPRING_MAIL_PASSWORD in the environment) is missing");
        }
        if (p.mail().maxRefusals() < 1) {
            problems.add("briefings.mail.max-refusals: " + p.mail().maxRefusals() + " is not a number of runs (1 or more)");
        }
        if (p.mail().maxAttachmentBytes() < 0) {
            problems.add("briefings.mail.max-attachment-bytes: " + p.mail().maxAttachmentBytes() + " is not a size in bytes");
        }
        if (p.mail().holdNights() < 0) {
            problems.add("briefings.mail.hold-nights: " + p.mail().holdNights() + " is not a number of nights (0 or more)");
        }
        try {
            new InternetAddress(p.mail().from(), true).validate();
        } catch (AddressException e) {
            problems.add("briefings.mail.from: '" + p.mail().from() + "' is not a mail address, such as"
                    + " 'Readout Briefings <briefings@example.org>'");
        }
        try {
            TopicTaxonomy topics = p.topicsFile() == null || p.topicsFile().toString().isBlank() ? TopicTaxonomy.builtIn()
                    : TopicTaxonomy.load(Files.newInputStream(p.topicsFile()), p.topicsFile().toString());
            Subscriptions.read(p.mail().subscriptions(), countries, topics);
        } catch (Subscriptions.InvalidSubscriptions e) {
            problems.addAll(e.problems());
        } catch (IOException | IllegalArgumentException e) {
            // the topics file's own problem, reported by the check of briefings.topics-file
        }
        return problems;
    }

    /**
     * Scale-out: a manager of workers ({@code briefings.scale.workers} > 0) or a worker shares the job repository
     * with other processes, so it needs a server database, and a broker to meet them at.
     */
    public static List<String> scaleProblems(BriefingsProperties p, String jdbcUrl, boolean worker) {
        BriefingsProperties.Scale scale = p.scale();
        List<String> problems = new ArrayList<>();
        range(problems, "briefings.scale.workers", scale.workers(), 0, 10_000);
        range(problems, "briefings.scale.partitions", scale.partitions(), 0, 10_000);
        range(problems, "briefings.scale.worker-partitions", scale.workerPartitions(), 0, 1_000);
        if (!worker && !scale.enabled()) {
            return problems;
        }
        String role = worker ? "a worker" : "a manager of workers (briefings.scale.workers=" + scale.workers() + ")";
        if (jdbcUrl == null || jdbcUrl.startsWith("jdbc:h2:")) {
            problems.add("spring.datasource.url: " + role + " shares its database with the other processes, which an H2"
                    + " file cannot do; give the same PostgreSQL database to every role (jdbc:postgresql://host/db)");
        }
        if (scale.brokerUrl().isBlank()) {
            problems.add("briefings.scale.broker-url: " + role + " needs the broker every role connects to, e.g."
                    + " tcp://broker-host:61616 ('readout-briefings broker' starts one)");
        }
        if (scale.partitionTimeout().isNegative() || scale.partitionTimeout().isZero()) {
            problems.add("briefings.scale.partition-timeout: " + scale.partitionTimeout() + " is not a positive duration");
        }
        if (scale.pollInterval().isNegative() || scale.pollInterval().isZero()) {
            problems.add("briefings.scale.poll-interval: " + scale.pollInterval() + " is not a positive duration");
        }
        return problems;
    }

    /**
     * The folder of an H2 file database must be writable too (H2 creates it, and its files, on first use);
     * checked before the application opens the database, which would otherwise fail with H2's stack trace.
     */
    public static List<String> databaseProblems(String jdbcUrl) {
        return H2DatabaseFolder.of(jdbcUrl).flatMap(folder -> unwritable(folder)
                .map(why -> "spring.datasource.url: cannot write the H2 database to " + folder + " (" + why + ")"))
                .stream().toList();
    }

    /**
     * Why this process cannot create files in a folder, creating the folder first if need be; empty when it can.
     * {@link Files#isWritable} asks the operating system, so it answers for root, read-only mounts and ACLs alike.
     */
    static Optional<String> unwritable(Path folder) {
        Path target = folder.toAbsolutePath().normalize();
        Path existing = target;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        String where = existing == null || existing.equals(target) ? "" : " on " + existing;
        if (existing != null && !Files.isDirectory(existing)) {
            return Optional.of((where.isEmpty() ? "it" : existing.toString()) + " is a file, not a folder");
        }
        if (existing == null || !Files.isWritable(existing)) {
            return Optional.of("permission denied" + where);
        }
        return Optional.empty();
    }

    private static void range(List<String> problems, String name, long value, long min, long max) {
        if (value < min || value > max) {
            problems.add(name + ": " + value + " is out of range; expected " + min
                    + (max == Long.MAX_VALUE ? " or more" : " to " + max));
        }
    }
}
