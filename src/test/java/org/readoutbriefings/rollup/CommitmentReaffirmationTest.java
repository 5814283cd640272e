package org.readoutbriefings.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.readoutbriefings.extract.KeyTerms;

/** A commitment said again, in other words, by the same partners on the same topic, and what is not that. */
class CommitmentReaffirmationTest {

    private static final Set<String> C5 = Set.of("KG", "KZ", "TJ", "TM", "US", "UZ");

    private static DatedReadout readout(String id, String date, Set<String> countries) {
        return new DatedReadout(id, LocalDate.parse(date), countries, Set.of());
    }

    /** A night's other commitments, which make a term common or rare: the weights come from all of them. */
    private static CommitmentReaffirmation withOthers() {
        CommitmentReaffirmation matching = new CommitmentReaffirmation();
        String[] others = {"They will expand trade in agricultural products.", "The sides will build a port.",
                "They agreed to hold regular consultations on maritime security.", "They will fund a hospital.",
                "They will open a consulate in Osaka.", "They will expand trade and investment in energy."};
        for (int i = 0; i < others.length * 3; i++) {
            matching.add("c-other-" + i, readout("other-" + i, "2020-01-01", Set.of("FR", "IN")), "trade", others[i % others.length]);
        }
        return matching;
    }

    @Test
    void theSameUndertakingInOtherWordsIsAReaffirmation() {
        CommitmentReaffirmation matching = withOthers();
        // the corpus's TIFA Council and the C5+1 summit four months later
        matching.add("c-tifa", readout("tifa", "2023-05-11", C5), "trade",
                "explore ways to expand trade along the Trans-Caspian International Transport Route.");
        matching.add("c-summit", readout("summit", "2023-09-19", C5), "trade",
                "They committed to improving trade and transport connectivity across the Trans-Caspian corridor.");
        assertThat(matching.evidence()).filteredOn(m -> !m.itemId().startsWith("c-other"))
                .containsExactly(new EvidenceMatch("c-tifa", "summit", "trade trans caspian transport"));
    }

    @Test
    void anotherPartnerTopicOrTimeOrTheLanguageOfCommittingAloneIsNot() {
        CommitmentReaffirmation matching = withOthers();
        String text = "They agreed to deepen cooperation on semiconductor supply chains and critical minerals.";
        matching.add("c-first", readout("first", "2024-01-10", Set.of("JP", "US")), "economic-security", text);
        // another partner, another topic, a day before, four years on: none of them says it again
        matching.add("c-kr", readout("kr", "2024-03-01", Set.of("JP", "KR")), "economic-security", text);
        matching.add("c-topic", readout("topic", "2024-03-02", Set.of("JP", "US")), "trade", text);
        matching.add("c-before", readout("before", "2024-01-09", Set.of("JP", "US")), "economic-security", text);
        matching.add("c-late", readout("late", "2028-01-11", Set.of("JP", "US")), "economic-security", text);
        // the same partners and topic, sharing only the words every commitment has
        matching.add("c-generic", readout("generic", "2024-05-01", Set.of("JP", "US")), "economic-security",
                "The two sides agreed to further strengthen and deepen cooperation in all areas.");
        assertThat(matching.evidence()).filteredOn(m -> !m.itemId().startsWith("c-other"))
                .extracting(EvidenceMatch::itemId, EvidenceMatch::readoutId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("c-before", "first"));
    }

    @Test
    void theFirstReaffirmationInTheWindowIsTheEvidence() {
        CommitmentReaffirmation matching = withOthers();
        Set<String> partners = Set.of("AU", "JP");
        matching.add("c-1", readout("r1", "2024-01-10", partners), "energy-climate",
                "They will build supply chains for clean hydrogen and ammonia.");
        matching.add("c-2", readout("r2", "2024-06-10", partners), "energy-climate",
                "The ministers reaffirmed clean hydrogen and ammonia supply chains.");
        matching.add("c-3", readout("r3", "2025-02-10", partners), "energy-climate",
                "Both sides will continue clean hydrogen and ammonia supply chains.");
        // earlier than both, but it shares one word only
        matching.add("c-4", readout("r4", "2024-03-10", partners), "energy-climate",
                "They will build a new embassy.");
        // a readout that names Japan alone has no partners to be the same as
        matching.add("c-0", readout("r0", "2023-01-10", Set.of("JP")), "energy-climate",
                "They will build supply chains for clean hydrogen and ammonia.");
        assertThat(matching.evidence()).filteredOn(m -> !m.itemId().startsWith("c-other"))
                .extracting(EvidenceMatch::itemId, EvidenceMatch::readoutId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("c-1", "r2"), org.assertj.core.groups.Tuple.tuple("c-2", "r3"));
    }

    @Test
    void keyTermsLeaveOutTheLanguageOfCommittingAndThePartners() {
        assertThat(KeyTerms.stems("The two ministers agreed to further strengthen cooperation with Japan on semiconductors."))
                .containsExactly("semico");
    }

    @Test
    void termsAsStoredAreTheTextsTerms() {
        String text = "Both sides will continue clean hydrogen and ammonia supply chains, and hydrogen ports.";
        assertThat(KeyTerms.stored(text)).isEqualTo("clean hydrogen ammonia supply chains ports");
        assertThat(KeyTerms.fromStored(KeyTerms.stored(text))).containsExactlyEntriesOf(KeyTerms.of(text));
        assertThat(KeyTerms.stored("The two sides agreed to further strengthen cooperation.")).isEmpty();
        assertThat(KeyTerms.fromStored("")).isEmpty();
    }
}
