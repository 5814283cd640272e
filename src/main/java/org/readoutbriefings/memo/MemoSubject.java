package org.readoutbriefings.memo;

/**
 * What a memo is about: a partner country (key = ISO alpha-2 code), a topic (key = topic id), or the
 * night itself for the digest (key = the run date).
 *
 * @param name the human name: "United States", "Trade and market access"
 */
public record MemoSubject(Kind kind, String key, String name) {

    public enum Kind {
        COUNTRY("country"), TOPIC("topic"), DIGEST("digest");

        private final String folder;

        Kind(String folder) {
            this.folder = folder;
        }

        /** The template name prefix, and the folder under {@code memos/} of country and topic memos. */
        public String folder() {
            return folder;
        }
    }

    /**
     * Where the memo goes under the output folder: {@code memos/digest-<date>.pdf} for the digest. Keys are
     * ISO codes, taxonomy ids or dates, never readout text, so a file name cannot leave the memo folder.
     */
    public String relativePath() {
        return kind == Kind.DIGEST ? "memos/digest-" + key + ".pdf" : "memos/" + kind.folder() + "/" + key + ".pdf";
    }
}
