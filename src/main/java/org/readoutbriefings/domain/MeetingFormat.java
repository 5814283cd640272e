package org.readoutbriefings.domain;

import java.util.Locale;
import java.util.Optional;

/** How the meeting took place. */
public enum MeetingFormat {
    CALL("call", "Telephone call"),
    VIDEO("video", "Video conference"),
    IN_PERSON("in-person", "In-person meeting"),
    MULTILATERAL("multilateral", "Multilateral meeting"),
    UNKNOWN("unknown", "Unknown");

    private final String code;
    private final String label;

    MeetingFormat(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The value used in input files and the database. */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** Accepts the code, the enum name, and common synonyms ("phone", "telephone", "vtc", "meeting"). */
    public static Optional<MeetingFormat> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(UNKNOWN);
        }
        String v = value.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        return Optional.ofNullable(switch (v) {
            case "call", "phone", "telephone", "phone-call", "telephone-call", "telephone-talk" -> CALL;
            case "video", "vtc", "video-call", "video-conference", "video-teleconference", "virtual" -> VIDEO;
            case "in-person", "inperson", "meeting", "visit", "bilateral-meeting" -> IN_PERSON;
            case "multilateral", "summit", "ministerial" -> MULTILATERAL;
            case "unknown" -> UNKNOWN;
            default -> null;
        });
    }
}
