package org.readoutbriefings.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The size check that formats reading a whole file share. */
final class ProseLimits {

    private ProseLimits() {
    }

    /** Why the file is too large to read whole, or null when it is not. */
    static String tooLarge(Path file, long maxBytes) throws IOException {
        long size = Files.size(file);
        return size > maxBytes ? "the file is " + size + " bytes, more than the limit of " + maxBytes
                + " (briefings.max-input-file-bytes)" : null;
    }
}
