package org.readoutbriefings.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** What a meeting was about, quoted from the readout: never invented, never a listed commitment again. */
class DiscussionPointsTest {

    private final DiscussionPoints points = new DiscussionPoints(ExtractionCues.builtIn());

    private static final String READOUT = """
            Foreign Ministers' Call
            The Foreign Minister of Japan held a telephone call with the Foreign Minister of Chile today.
            The two ministers discussed cooperation on critical minerals and the situation in the Middle East.
            The Chilean minister expressed deep concern about the humanitarian situation in Gaza.
            The ministers agreed to hold the next economic dialogue in Santiago in March.
            Minister Tanaka stressed the importance of a free and open Indo-Pacific.
            Minister Tanaka also underlined the value of the CPTPP for both economies.
            """;

    @Test
    void theStatementOfWhatWasDiscussedThenPositionsInTheReadoutsOrder() {
        assertThat(points.of(READOUT, List.of("The ministers agreed to hold the next economic dialogue in Santiago in March.")))
                .containsExactly(
                        "The two ministers discussed cooperation on critical minerals and the situation in the Middle East.",
                        "The Chilean minister expressed deep concern about the humanitarian situation in Gaza.",
                        "Minister Tanaka stressed the importance of a free and open Indo-Pacific.");
    }

    @Test
    void aListedCommitmentIsNotQuotedTwiceAndNoTextGivesNoPoints() {
        assertThat(points.of(READOUT, List.of("Minister Tanaka stressed the importance of a free and open Indo-Pacific.")))
                .doesNotContain("Minister Tanaka stressed the importance of a free and open Indo-Pacific.")
                .contains("Minister Tanaka also underlined the value of the CPTPP for both economies.");
        assertThat(points.of(null, List.of())).isEmpty();
        assertThat(points.of("Call with Chile", List.of())).isEmpty();
    }

    @Test
    void aLongSentenceIsCutAtAWordWithAnEllipsis() {
        String longOne = "The ministers discussed " + "the many aspects of their cooperation ".repeat(20) + "in detail.";
        List<String> got = points.of("Title\n" + longOne, List.of());
        assertThat(got).singleElement().satisfies(p -> {
            assertThat(p).endsWith(" \u2026").hasSizeLessThanOrEqualTo(DiscussionPoints.LONGEST_POINT + 2);
            assertThat(longOne).startsWith(p.substring(0, p.length() - 2));
        });
    }
}
