package org.readoutbriefings.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.readoutbriefings.rollup.EngagementLinker.Account;

class EngagementLinkerTest {

    private static Account account(String id, String date, String issuer, String... names) {
        Set<String> parts = new java.util.TreeSet<>();
        for (String name : names) {
            parts.addAll(EngagementLinker.nameParts(name));
        }
        return new Account(id, LocalDate.parse(date), issuer, Set.of("GB", "JP"), parts);
    }

    @Test
    void linksEachSidesAccountOfOneMeeting() {
        Map<String, String> engagements = EngagementLinker.link(List.of(
                account("fcdo", "2026-09-01", "FCDO", "Yvette Cooper", "Toshimitsu Motegi"),
                account("mofa", "2026-09-02", "MOFA Japan", "MOTEGI Toshimitsu (茂木敏充)", "Yvette Cooper"),
                account("later", "2026-09-05", "MOFA Japan", "MOTEGI Toshimitsu"),
                account("same-issuer", "2026-09-02", "FCDO", "Yvette Cooper")));
        assertThat(engagements).containsEntry("fcdo", "fcdo").containsEntry("mofa", "fcdo")
                .containsEntry("later", "later").containsEntry("same-issuer", "same-issuer");
    }

    @Test
    void aMeetingHasOneAccountPerIssuerAndSpansADayAtMost() {
        // a busy partner: the same ministers, day after day, each pair of neighbours alike enough to link
        Map<String, String> engagements = EngagementLinker.link(List.of(
                account("a", "2026-09-01", "FCDO", "Yvette Cooper", "Toshimitsu Motegi"),
                account("b", "2026-09-01", "MOFA Japan", "MOTEGI Toshimitsu", "Yvette Cooper"),
                account("c", "2026-09-02", "FCDO", "Yvette Cooper", "Toshimitsu Motegi"),
                account("d", "2026-09-02", "Cabinet Office", "Yvette Cooper"),
                account("e", "2026-09-03", "MOFA Japan", "MOTEGI Toshimitsu", "Yvette Cooper"),
                account("f", "2026-09-03", "Cabinet Office", "Yvette Cooper")));
        // without the rules all six would chain into one meeting; with them: a, b and d (one account per
        // issuer, within a day); c cannot join them (FCDO again), so c, e and f make the next one
        assertThat(engagements).containsEntry("a", "a").containsEntry("b", "a").containsEntry("d", "a")
                .containsEntry("c", "c").containsEntry("e", "c").containsEntry("f", "c");
    }

    @Test
    void aMeetingSpansADayAtMost() {
        Map<String, String> engagements = EngagementLinker.link(List.of(
                account("a", "2026-09-01", "FCDO", "Yvette Cooper"),
                account("b", "2026-09-02", "MOFA Japan", "Yvette Cooper"),
                account("c", "2026-09-03", "Cabinet Office", "Yvette Cooper")));
        assertThat(engagements).containsEntry("a", "a").containsEntry("b", "a").containsEntry("c", "c");
    }

    @Test
    void needsACommonParticipantAndTwoIssuers() {
        assertThat(EngagementLinker.sameMeeting(account("a", "2026-09-01", "FCDO", "Yvette Cooper"),
                account("b", "2026-09-01", "MOFA Japan", "IWAYA Takeshi"))).isFalse();
        assertThat(EngagementLinker.sameMeeting(account("a", "2026-09-01", null, "Yvette Cooper"),
                account("b", "2026-09-01", "MOFA Japan", "Yvette Cooper"))).isFalse();
    }
}
