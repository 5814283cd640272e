package org.readoutbriefings.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class LastMentionsTest {

    @Test
    void findsTheLatestMeetingOfTheSameWording() {
        LastMentions mentions = new LastMentions(1);
        mentions.add("They agreed to hold a dialogue.", LocalDate.of(2024, 3, 1));
        mentions.add("They  agreed to hold a DIALOGUE", LocalDate.of(2026, 5, 10));
        mentions.add("They agreed to hold a dialogue!", LocalDate.of(2025, 1, 2));
        mentions.add("Something else entirely.", LocalDate.of(2026, 11, 1));
        for (int i = 0; i < 1000; i++) {
            mentions.add("filler " + i, LocalDate.of(2020, 1, 1).plusDays(i));
        }
        assertThat(mentions.latest("They agreed to hold a dialogue.")).isEqualTo(LocalDate.of(2026, 5, 10));
        assertThat(mentions.latest("Something else entirely.")).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(mentions.latest("filler 999")).isEqualTo(LocalDate.of(2020, 1, 1).plusDays(999));
        assertThat(mentions.latest("never said")).isNull();
    }
}
