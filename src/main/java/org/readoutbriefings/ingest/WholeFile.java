package org.readoutbriefings.ingest;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reading a file whole, as the one-readout-per-file formats do: within the size limit, decoded strictly. */
final class WholeFile {

    /** The file's text, or why it could not be had (then {@code text} is null). */
    record Text(String text, String problem) {
    }

    private WholeFile() {
    }

    /** Why the file is too large to read whole, or null when it is not. */
    static String tooLarge(Path file, long maxBytes) throws IOException {
        long size = Files.size(file);
        return size > maxBytes ? "the file is " + size + " bytes, more than the limit of " + maxBytes
                + " (briefings.max-input-file-bytes)" : null;
    }

    /** The file as text (UTF-8, or UTF-16 with a byte-order mark); an empty file is a problem too. */
    static Text text(Path file, long maxBytes) throws IOException {
        String tooLarge = tooLarge(file, maxBytes);
        if (tooLarge != null) {
            return new Text(null, tooLarge);
        }
        try {
            String text = StrictText.decode(Files.readAllBytes(file));
            return text.isBlank() ? new Text(null, "the file is empty") : new Text(text, null);
        } catch (CharacterCodingException e) {
            return new Text(null, e.getMessage());
        }
    }
}
