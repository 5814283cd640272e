package org.readoutbriefings.memo;

/**
 * What a memo is about: a partner country (key = ISO alpha-2 code) or a topic (key = topic id).
 *
 * @param name the human name: "United States", "Trade and market access"
 */
public record MemoSubject(Kind kind, String key, String name) {

    public enum Kind {
        COUNTRY("country"), TOPIC("topic");

        private final String folder;

        Kind(String folder) {
            this.folder = folder;
        }

        /** The folder under {@code memos/} and the template name prefix. */
        public String folder() {
            return folder;
        }
    }

    /**
     * Where the memo goes under the output folder. Keys are ISO codes or taxonomy ids, never readout
     * text, so a file name cannot leave the memo folder.
     */
    public String relativePath() {
        return "memos/" + kind.folder() + "/" + key + ".pdf";
    }
}
