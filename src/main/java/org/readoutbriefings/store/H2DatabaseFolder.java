package org.readoutbriefings.store;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The folder an H2 file database lives in, read from its JDBC URL ({@code jdbc:h2:file:./data/briefings},
 * {@code jdbc:h2:~/briefings}), so that it can be checked before H2 opens it. Parsed here because H2 is only
 * on the runtime class path.
 */
public final class H2DatabaseFolder {

    /** Another H2 storage, or a server: {@code mem:}, {@code tcp://}, {@code nio:}... (one letter is a Windows drive) */
    private static final Pattern NOT_A_PLAIN_FILE = Pattern.compile("^[A-Za-z]{2,}:.*");

    private H2DatabaseFolder() {
    }

    /** The folder of an H2 file database; empty for other databases, in-memory and server URLs. */
    public static Optional<Path> of(String jdbcUrl) {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:h2:")) {
            return Optional.empty();
        }
        String name = jdbcUrl.substring("jdbc:h2:".length()).split(";", 2)[0];
        if (name.startsWith("file:")) {
            name = name.substring("file:".length());
        } else if (NOT_A_PLAIN_FILE.matcher(name).matches()) {
            return Optional.empty();
        }
        if (name.startsWith("~")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        Path folder = Path.of(name).toAbsolutePath().normalize().getParent();
        return Optional.ofNullable(folder);
    }
}
