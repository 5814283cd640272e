package org.readoutbriefings.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** The meetings a follow-up names, and whether a later readout's title is one of them. */
class NamedMeetingsTest {

    @Test
    void aNamedMeetingIsItsOwnWordsWithoutOrdinalsOrCountries() {
        assertThat(NamedMeetings.in("They agreed to take stock at the next Security Consultative Committee (2+2) meeting."))
                .containsExactly(Set.of("security", "consultative", "committee"), Set.of("2+2"));
        assertThat(NamedMeetings.in("The Ministers agreed to hold the 17th Foreign Ministers' Strategic Dialogue in India."))
                .containsExactly(Set.of("foreign", "minister", "strategic", "dialogue"));
        assertThat(NamedMeetings.in("The ministers decided to hold the next meeting of the Economic 2+2 in Japan in 2023."))
                .containsExactly(Set.of("economic", "2+2"));
    }

    @Test
    void aKindAloneOrContactNamesNoMeeting() {
        assertThat(NamedMeetings.in("They agreed to stay in close contact and to meet again soon.")).isEmpty();
        assertThat(NamedMeetings.in("The leaders looked forward to the Summit.")).isEmpty();
    }

    @Test
    void aTitleNamesTheMeetingWhenItHoldsEveryWord() {
        assertThat(NamedMeetings.names("16th India-Japan Foreign Ministers' Strategic Dialogue",
                Set.of("foreign", "minister", "strategic", "dialogue"))).isTrue();
        assertThat(NamedMeetings.names("Japan-U.S. Security Consultative Committee (Japan-U.S. \"2+2\")", Set.of("economic", "2+2")))
                .as("the security 2+2 is not the economic one").isFalse();
        assertThat(NamedMeetings.names("Readout of the U.S.-Japan Economic Policy Consultative Committee (Economic \"2+2\")",
                Set.of("economic", "2+2"))).isTrue();
    }
}
