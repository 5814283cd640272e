package org.readoutbriefings.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Precision and recall of fulfilment and reaffirmation matching on generated timelines whose answers are known
 * ({@link GeneratedTimelines}), hard cases included. The figures are printed and documented in
 * docs/fulfilment.md; the test fails if either falls below what that page states.
 */
class EvidenceMatchingQualityTest {

    /** Item-level figures: an item's evidence is right when it is one of the readouts that truly keep it. */
    record Score(int items, int withAnswer, int found, int right) {
        double precision() {
            return found == 0 ? 1 : (double) right / found;
        }

        double recall() {
            return withAnswer == 0 ? 1 : (double) right / withAnswer;
        }

        static Score of(int items, Map<String, Set<String>> truth, List<EvidenceMatch> found) {
            int right = (int) found.stream().filter(m -> truth.getOrDefault(m.itemId(), Set.of()).contains(m.readoutId())).count();
            return new Score(items, truth.size(), found.size(), right);
        }

        @Override
        public String toString() {
            return String.format("%d items, %d with an answer, %d found, %d right: precision %.2f, recall %.2f",
                    items, withAnswer, found, right, precision(), recall());
        }
    }

    @Test
    void fulfilmentAndReaffirmationOnGeneratedTimelines() {
        GeneratedTimelines timelines = new GeneratedTimelines(16, 8);

        FollowUpFulfilment fulfilment = new FollowUpFulfilment(timelines.readouts);
        List<EvidenceMatch> fulfilled = new ArrayList<>();
        timelines.followUps.forEach(f -> {
            EvidenceMatch m = fulfilment.evidence(f);
            if (m != null) {
                fulfilled.add(m);
            }
        });
        Score fulfilmentScore = Score.of(timelines.followUps.size(), timelines.fulfilledBy, fulfilled);

        CommitmentReaffirmation reaffirmation = new CommitmentReaffirmation();
        timelines.commitments.forEach(c -> reaffirmation.add(c.id(), c.readout(), c.topic(), c.text()));
        Score reaffirmationScore = Score.of(timelines.commitments.size(), timelines.reaffirmedBy, reaffirmation.evidence());

        System.out.println("Generated timelines, " + timelines.readouts.size() + " readouts:");
        System.out.println("  fulfilment:    " + fulfilmentScore);
        System.out.println("  reaffirmation: " + reaffirmationScore);
        assertThat(fulfilmentScore.withAnswer()).isGreaterThan(50);
        assertThat(reaffirmationScore.withAnswer()).isGreaterThan(200);
        // what docs/fulfilment.md states
        assertThat(fulfilmentScore.precision()).isGreaterThanOrEqualTo(0.84);
        assertThat(fulfilmentScore.recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(reaffirmationScore.precision()).isGreaterThanOrEqualTo(0.09);
        assertThat(reaffirmationScore.recall()).isGreaterThanOrEqualTo(0.44);
    }
}
