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
    void needsACommonParticipantAndTwoIssuers() {
        assertThat(EngagementLinker.sameMeeting(account("a", "2026-09-01", "FCDO", "Yvette Cooper"),
                account("b", "2026-09-01", "MOFA Japan", "IWAYA Takeshi"))).isFalse();
        assertThat(EngagementLinker.sameMeeting(account("a", "2026-09-01", null, "Yvette Cooper"),
                account("b", "2026-09-01", "MOFA Japan", "Yvette Cooper"))).isFalse();
    }
}
