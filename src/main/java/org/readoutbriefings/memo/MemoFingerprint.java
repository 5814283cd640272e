package org.readoutbriefings.memo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

/**
 * What a memo says, as a SHA-256 of its content without what changes with the calendar alone: its date, its
 * period and the month labels of its chart. Every memo is rewritten every night, so its file always changes;
 * two nights whose fingerprints agree told staff the same thing, and the memo did not change for them.
 */
public final class MemoFingerprint {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private MemoFingerprint() {
    }

    public static String of(MemoContent content) {
        Object said = content instanceof MemoView v ? new MemoView(v.kind(), v.subjectKey(), v.subjectName(), v.title(),
                v.handling(), v.to(), v.from(), null, null, null, v.keyFigures(), v.themes(), List.of(), v.meetings(),
                v.moreMeetings(), v.groups(), v.moreCommitments(), v.completed(), v.followUps(), v.moreFollowUps(),
                v.sources()) : content;
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(JSON.writeValueAsString(said).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
