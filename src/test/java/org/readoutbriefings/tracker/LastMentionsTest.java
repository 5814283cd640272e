package org.readoutbriefings.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class LastMentionsTest {

    @Test
    void givesTheLatestMeetingOfTheSameWordingToCommitmentsPassedLatestFirst() {
        LastMentions mentions = new LastMentions(1);
        assertThat(mentions.latest("Something else entirely.", LocalDate.of(2026, 11, 1)))
                .isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(mentions.latest("They  agreed to hold a DIALOGUE", LocalDate.of(2026, 5, 10)))
                .isEqualTo(LocalDate.of(2026, 5, 10));
        assertThat(mentions.latest("They agreed to hold a dialogue!", LocalDate.of(2025, 1, 2)))
                .isEqualTo(LocalDate.of(2026, 5, 10));
        for (int i = 999; i >= 0; i--) {
            // more wordings than expected: the table grows
            assertThat(mentions.latest("filler " + i, LocalDate.of(2020, 1, 1).plusDays(i)))
                    .isEqualTo(LocalDate.of(2020, 1, 1).plusDays(i));
        }
        assertThat(mentions.latest("They agreed to hold a dialogue.", LocalDate.of(2024, 3, 1)))
                .isEqualTo(LocalDate.of(2026, 5, 10));
        assertThat(mentions.latest("filler 999", LocalDate.of(1950, 6, 30))).isEqualTo(LocalDate.of(2022, 9, 26));
        assertThat(mentions.latest("an old one", LocalDate.of(1950, 6, 30))).isEqualTo(LocalDate.of(1950, 6, 30));
        assertThat(mentions.latest("An old one.", LocalDate.of(1949, 1, 1))).isEqualTo(LocalDate.of(1950, 6, 30));
    }
}
