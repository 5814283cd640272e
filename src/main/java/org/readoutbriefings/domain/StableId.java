package org.readoutbriefings.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Ids that stay the same each time the same input is read, so that re-reading never duplicates a row
 * and a tracker row keeps its identity across runs.
 */
public final class StableId {

    private StableId() {
    }

    /** For a readout without an id of its own: from its source, meeting date and title. */
    public static String forReadout(String source, LocalDate meetingDate, String title) {
        return "r-" + hash(normalise(source) + "\n" + meetingDate + "\n" + normalise(title));
    }

    public static String forCommitment(String readoutId, String text) {
        return "c-" + hash(readoutId + "\n" + normalise(text));
    }

    public static String forFollowUp(String readoutId, String text) {
        return "f-" + hash(readoutId + "\n" + normalise(text));
    }

    /**
     * Folds what does not change the meaning: Unicode compatibility forms, case, curly quotes, runs of
     * white space and trailing punctuation.
     */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replace('\u2018', '\'').replace('\u2019', '\'')
                .replace('\u201C', '"').replace('\u201D', '"')
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .strip();
        return s.replaceAll("[\\s.;,:]+$", "");
    }

    private static String hash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
