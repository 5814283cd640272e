package org.readoutbriefings.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.readoutbriefings.domain.CommitmentStrength;
import org.readoutbriefings.domain.MeetingFormat;
import org.readoutbriefings.reference.CountryDirectory;
import org.readoutbriefings.reference.TopicTaxonomy;

/**
 * The readout the project started from (Hayashi and Tai, 22 December 2021): what issue 3 requires of it.
 * {@code src/test/resources/seed} holds it in our own words; the original news item is checked too when the project's
 * shared reference folder sits beside the repository, as on the developers' machines and in CI.
 */
class SeedReadoutTest {

    private static final Path ORIGINAL = Path.of("../shared/seeds/000_81003b11e5c23385.txt");
    private final ReadoutExtractor extractor = new ReadoutExtractor(CountryDirectory.builtIn(), TopicTaxonomy.builtIn(),
            ExtractionCues.builtIn());

    @Test
    void ourWordingOfTheSeed() throws Exception {
        check(Files.readString(Path.of("src/test/resources/seed/japan-us-trade-vtc.txt"), StandardCharsets.UTF_8));
    }

    @Test
    @EnabledIf("originalIsThere")
    void theOriginalSeed() throws Exception {
        check(Files.readString(ORIGINAL, StandardCharsets.UTF_8));
    }

    static boolean originalIsThere() {
        return Files.isRegularFile(ORIGINAL);
    }

    private void check(String text) {
        Extraction x = extractor.extract(text, null);
        assertThat(x.meetingDate()).isEqualTo(LocalDate.of(2021, 12, 22));
        assertThat(x.countries()).containsExactly("JP", "US");
        assertThat(x.format()).isEqualTo(MeetingFormat.VIDEO);
        assertThat(x.participants()).extracting(Participant::name, Participant::title, Participant::country)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("HAYASHI Yoshimasa", "Minister for Foreign Affairs", "JP"),
                        org.assertj.core.groups.Tuple.tuple("Katherine Tai", "Trade Representative", "US"));
        assertThat(x.topics()).contains("trade", "regional-economic");
        assertThat(x.organisations()).contains("WTO");

        // the two undertakings, strong; and, since docs/annotation-guide.md counts a promise to keep in touch as
        // a weak commitment as well as a follow-up, the working-level line as one item in both roles
        List<ExtractedCommitment> commitments = x.commitments();
        assertThat(commitments).hasSize(3);
        assertThat(commitments.get(0).text()).contains("World Trade Organization").contains("would move forward with negotiations");
        assertThat(commitments.get(0).topic()).isEqualTo("trade");
        assertThat(commitments.get(1).text()).contains("economic").contains("Indo-Pacific");
        assertThat(commitments.get(1).topic()).isEqualTo("regional-economic");
        assertThat(commitments.subList(0, 2)).allSatisfy(c -> assertThat(c.strength()).isEqualTo(CommitmentStrength.STRONG));
        assertThat(commitments).allSatisfy(c -> assertThat(c.actors()).containsExactly("JP", "US"));
        assertThat(commitments.get(2).strength()).isEqualTo(CommitmentStrength.WEAK);
        assertThat(x.followUps()).singleElement().satisfies(f -> {
            assertThat(f.text()).contains("working level").isEqualTo(commitments.get(2).text());
            // a channel, not a time: nothing is due by a date
            assertThat(f.dueText()).isNull();
            assertThat(f.dueDate()).isNull();
        });
        // nothing from the background section ("Japan-US ties"): the 1952 and 1960 treaties, the US pledge to defend its ally
        assertThat(commitments).noneMatch(c -> c.text().contains("pledged") || c.text().contains("Treaty"));
        assertThat(x.followUps()).noneMatch(f -> f.text().contains("Treaty"));
    }
}
