package org.readoutbriefings.cli;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.readoutbriefings.ReadoutBriefingsApplication;
import org.readoutbriefings.job.SettingsCheck;
import org.readoutbriefings.store.H2Compaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the application's Spring context for a command, turning the failures a person can fix into one
 * line and an exit code: a setting that does not bind or that the command's check finds wrong, an H2
 * database folder that cannot be written (exit 2), an H2 database another process has open (exit 4).
 */
final class AppContext {

    private static final Logger log = LoggerFactory.getLogger(AppContext.class);

    /** The started context, or the exit code to return when it could not start. */
    record Started(ConfigurableApplicationContext context, int exitCode) {
    }

    private AppContext() {
    }

    /**
     * @param check the command's own check of the settings, run on the environment as soon as it is prepared (a
     *              second or two after the command starts): the problems it returns, each naming its setting
     */
    static Started start(List<String> args, PrintWriter err, Function<ConfigurableEnvironment, List<String>> check) {
        return start(ReadoutBriefingsApplication.class, args, err, check);
    }

    /**
     * Only the database, for commands that read it and nothing else ({@code status}): the settings as a run sees
     * them, without Flyway, the job's beans, fonts and templates, which take most of a start.
     */
    static Started startDatabaseOnly(List<String> args, PrintWriter err) {
        return startDatabaseOnly(args, err, env -> List.of());
    }

    static Started startDatabaseOnly(List<String> args, PrintWriter err, Function<ConfigurableEnvironment, List<String>> check) {
        // Spring Boot warms up Jackson, validation and conversion on a thread of its own, for a context that will
        // use them: one reading a few rows does not, and on two shared cores that thread delays it (issue 17)
        // (only for this start: a night's context, started after it by run, uses them)
        if (System.getProperty(NO_BACKGROUND_WARM_UP) != null) {
            return start(DatabaseOnly.class, args, err, check);
        }
        System.setProperty(NO_BACKGROUND_WARM_UP, "true");
        try {
            return start(DatabaseOnly.class, args, err, check);
        } finally {
            System.clearProperty(NO_BACKGROUND_WARM_UP);
        }
    }

    /** Spring Boot's switch for its background pre-initialisation (BackgroundPreinitializingApplicationListener). */
    private static final String NO_BACKGROUND_WARM_UP = "spring.backgroundpreinitializer.ignore";

    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    @org.springframework.boot.autoconfigure.ImportAutoConfiguration({
            org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration.class,
            org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration.class})
    static class DatabaseOnly {
    }

    private static Started start(Class<?> application, List<String> args, PrintWriter err,
                                 Function<ConfigurableEnvironment, List<String>> check) {
        try {
            return new Started(new SpringApplicationBuilder(application)
                    .web(WebApplicationType.NONE)
                    .logStartupInfo(false)
                    .initializers(AppContext::keepH2OpenUntilTheJobStops)
                    // as soon as the settings are known: before the context, Flyway and the job's beans
                    .listeners((ApplicationListener<ApplicationEnvironmentPreparedEvent>) prepared ->
                            checkBeforeStarting(prepared.getEnvironment(), check))
                    // the command closes the context itself, after a running job has stopped cleanly
                    .registerShutdownHook(false)
                    .run(args.toArray(String[]::new)), ExitCodes.SUCCESS);
        } catch (RuntimeException e) {
            SettingsProblems wrong = cause(e, SettingsProblems.class);
            if (wrong != null) {
                wrong.problems.forEach(p -> err.println("error: " + p));
                return new Started(null, ExitCodes.USAGE);
            }
            if (rootMessage(e).contains("Database may be already in use")) {
                err.println(anotherRun("the H2 database is open in another process"));
                return new Started(null, ExitCodes.ANOTHER_RUN);
            }
            if (cause(e, java.sql.SQLException.class) != null) {
                err.println(unreachable(args, e));
                return new Started(null, ExitCodes.USAGE);
            }
            BindException badSetting = cause(e, BindException.class);
            if (badSetting != null) {
                err.println("error: the setting " + badSetting.getName()
                        + (badSetting.getProperty() == null ? "" : " = '" + badSetting.getProperty().getValue() + "'")
                        + " is not valid: " + rootMessage(badSetting));
                return new Started(null, ExitCodes.USAGE);
            }
            throw e;
        }
    }

    /**
     * Whether a failure is the database refusing a connection (a server down, a wrong password), which a
     * context of the database alone meets only at its first query.
     */
    static boolean isUnreachable(RuntimeException e) {
        return e instanceof org.springframework.jdbc.CannotGetJdbcConnectionException
                || e instanceof org.springframework.dao.DataAccessResourceFailureException;
    }

    /** The one line for a database that cannot be used, naming the setting, its password masked. */
    static String unreachable(List<String> args, Throwable e) {
        Throwable sql = cause(e, java.sql.SQLException.class);
        return "error: spring.datasource.url: cannot use the database at " + withoutSecrets(url(args))
                + " (" + rootMessage(sql != null ? sql : e) + "); check that it is running and its URL, user and password";
    }

    /** The database URL the arguments give, or the default one's name. */
    private static String url(List<String> args) {
        return args.stream().filter(a -> a.startsWith("--spring.datasource.url=")).reduce((a, b) -> b)
                .map(a -> a.substring("--spring.datasource.url=".length()))
                .orElse(System.getenv().getOrDefault("SPRING_DATASOURCE_URL", "the configured spring.datasource.url"));
    }

    /** A JDBC URL as it may be printed: "password=..." parameters masked. */
    static String withoutSecrets(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    /**
     * Checks the database's folder and the command's settings before the application starts (Flyway, the
     * job's beans), so that a wrong value costs a second, not a failed night and its stack trace.
     */
    private static void checkBeforeStarting(ConfigurableEnvironment env, Function<ConfigurableEnvironment, List<String>> check) {
        List<String> problems = new ArrayList<>(SettingsCheck.databaseProblems(env.getProperty("spring.datasource.url")));
        problems.addAll(check.apply(env));
        if (!problems.isEmpty()) {
            throw new SettingsProblems(problems);
        }
    }

    /**
     * Settings found wrong before the application started. An abandoned run, to Spring: it ends the start
     * without the failure analysis it gives other exceptions, which would cost as long again as the check.
     */
    private static final class SettingsProblems extends SpringApplication.AbandonedRunException {

        private final transient List<String> problems;

        SettingsProblems(List<String> problems) {
            this.problems = problems;
        }
    }

    /**
     * Two H2 settings a nightly job needs, added to an H2 URL that does not set them: H2 closes its database
     * from a JVM shutdown hook of its own, which would pull it from under a job stopping cleanly on SIGTERM
     * (the command closes it instead, when the job has stopped); and H2 keeps the last second of commits in
     * memory, which a killed process would lose ({@code WRITE_DELAY=0} writes each commit at once).
     */
    private static void keepH2OpenUntilTheJobStops(ConfigurableApplicationContext context) {
        ConfigurableEnvironment env = context.getEnvironment();
        String url = env.getProperty("spring.datasource.url", "");
        if (!url.startsWith("jdbc:h2:")) {
            return;
        }
        String upper = url.toUpperCase(java.util.Locale.ROOT);
        String adjusted = url + (upper.contains("DB_CLOSE_ON_EXIT") ? "" : ";DB_CLOSE_ON_EXIT=FALSE")
                + (upper.contains("WRITE_DELAY") ? "" : ";WRITE_DELAY=0");
        if (!adjusted.equals(url)) {
            env.getPropertySources().addFirst(new MapPropertySource("h2-for-nightly-runs",
                    Map.of("spring.datasource.url", adjusted)));
        }
    }

    /** The database a context uses, read before it closes, for {@link #compactDatabase}. */
    record Database(String url, String user, String password) {

        static Database of(ConfigurableApplicationContext context) {
            ConfigurableEnvironment env = context.getEnvironment();
            return new Database(env.getProperty("spring.datasource.url"), env.getProperty("spring.datasource.username", ""),
                    env.getProperty("spring.datasource.password", ""));
        }
    }

    /**
     * Compacts an H2 file that a night left mostly dead space ({@link H2Compaction}); only once the
     * application, and with it the connection pool, has closed.
     */
    static void compactDatabase(Database database) {
        try {
            H2Compaction.compactIfSparse(database.url(), database.user(), database.password()).ifPresent(r ->
                    log.info("Compacted the database file from {} MB to {} MB in {} s", r.bytesBefore() >> 20,
                            r.bytesAfter() >> 20, String.format(Locale.ROOT, "%.1f", r.took().toMillis() / 1000.0)));
        } catch (SQLException e) {
            log.warn("Could not compact the database file: {}", e.getMessage());
        }
    }

    static String anotherRun(String why) {
        return "error: another run is in progress (" + why + "); nothing was done. Try again when it has finished.";
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

    /** The arguments after the command's own options must all be settings: --name=value. */
    static void checkSettings(List<String> properties, picocli.CommandLine commandLine, String options) {
        for (String property : properties) {
            if (!property.startsWith("--") || !property.contains("=")) {
                throw new picocli.CommandLine.ParameterException(commandLine, "Unknown argument '" + property
                        + "': options are " + options + ", or a setting as --name=value");
            }
        }
    }
}
