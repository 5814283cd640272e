package org.readoutbriefings.rollup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * How long the fulfilment step's matching takes at the whole-job benchmark's density (100,000 readouts in three
 * years, partners skewed, 1-5 commitments each on 13 topics with small vocabularies), in memory, without the
 * database: {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.readoutbriefings.rollup.EvidenceMatchingTiming}
 * (cp.txt from {@code mvn dependency:build-classpath -Dmdep.outputFile=cp.txt}). Figures in docs/fulfilment.md.
 */
public final class EvidenceMatchingTiming {

    private EvidenceMatchingTiming() {
    }

    public static void main(String[] args) {
        SplittableRandom random = new SplittableRandom(1);
        String[] words = new String[13 * 30];
        for (int i = 0; i < words.length; i++) {
            words[i] = "term" + Integer.toString(i, 36) + "x";
        }
        List<DatedReadout> readouts = new ArrayList<>();
        CommitmentReaffirmation reaffirmation = new CommitmentReaffirmation();
        LocalDate last = LocalDate.of(2026, 11, 26);
        int commitments = 0;
        for (int i = 0; i < 100_000; i++) {
            int partner = (int) Math.min(39, Math.floor(-Math.log(1 - random.nextDouble()) * 8));
            DatedReadout r = new DatedReadout("r" + i, last.minusDays(random.nextInt(3 * 365)), Set.of("JP", "P" + partner),
                    NamedMeetings.words("Japan-Partner Foreign Ministers' Meeting"));
            readouts.add(r);
            for (int c = 0; c < 1 + random.nextInt(5); c++) {
                int topic = random.nextInt(13);
                StringBuilder text = new StringBuilder("The two ministers agreed to");
                for (int w = 0; w < 6; w++) {
                    text.append(' ').append(words[30 * topic + random.nextInt(30)]);
                }
                reaffirmation.add("c" + commitments++, r, "t" + topic, text.toString());
            }
        }
        long start = System.nanoTime();
        int reaffirmed = reaffirmation.evidence().size();
        System.out.printf("%d commitments, %d reaffirmed: %d ms%n", commitments, reaffirmed, (System.nanoTime() - start) / 1_000_000);
        start = System.nanoTime();
        FollowUpFulfilment fulfilment = new FollowUpFulfilment(readouts);
        int fulfilled = 0;
        for (int i = 0; i < 30_000; i++) {
            DatedReadout r = readouts.get(i);
            if (fulfilment.evidence(new FollowUpFulfilment.OpenFollowUp("f" + i, r, "They will hold the next Strategic Dialogue.",
                    r.date().plusDays(120))) != null) {
                fulfilled++;
            }
        }
        System.out.printf("30000 open follow-ups, %d fulfilled: %d ms%n", fulfilled, (System.nanoTime() - start) / 1_000_000);
    }
}
