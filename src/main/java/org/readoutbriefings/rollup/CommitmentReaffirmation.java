package org.readoutbriefings.rollup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.IntConsumer;

import org.readoutbriefings.extract.KeyTerms;

/**
 * A commitment reaffirmed: a later readout of the same partners (every country of the commitment's readout
 * takes part, at least two), within {@value #WINDOW_DAYS} days, holds a commitment on the same topic that says
 * the same thing in its own words. They share at least {@value #MIN_SHARED} key terms ({@link KeyTerms}), and
 * their terms, each weighted by how rare it is among the other commitments (a term nearly every commitment has
 * says little; a shared "semiconductor" says much), have a cosine of at least {@value #MIN_SIMILARITY}. The
 * earliest such readout is the evidence, as for a fulfilled follow-up: the first time they said it again.
 * docs/fulfilment.md gives its precision and recall.
 * <p>
 * Fast at 100,000 readouts: the commitments are kept by partner country and topic, in date order, and a
 * commitment is compared only with those of its rarest country on its topic in the window after it, each as a
 * sorted array of term numbers, until one says it again.
 */
final class CommitmentReaffirmation {

    /** Three years: a commitment to keep doing something is said again at the next ministers' or leaders' meeting, often a year or two on. */
    static final int WINDOW_DAYS = 1096;
    static final int MIN_SHARED = 2;
    /** Chosen on the corpus's real pairs and the generated timelines together: see docs/fulfilment.md. */
    static final double MIN_SIMILARITY = 0.4;
    /** Room for the shared words in follow_up_evidence.matched and commitment_evidence.matched. */
    private static final int MATCHED_LENGTH = 200;

    /** A commitment as matching keeps it: its readout, topic, terms (sorted term numbers) and their weight. */
    private record Stated(int index, String id, DatedReadout readout, String topic, int[] terms) {
    }

    private final Timeline<Stated> byPartnerAndTopic = new Timeline<>(s -> s.readout().date(), Stated::id);
    private final List<Stated> all = new ArrayList<>();
    private final Map<String, Integer> termNumbers = new HashMap<>();
    /** Each term's first word, to show what matched; and how many commitments hold it. */
    private final List<String> words = new ArrayList<>();
    private final List<int[]> documents = new ArrayList<>();
    private double[] weights;
    /** Each commitment's squared norm, by its index, worked out once. */
    private double[] norms;

    /** Adds a commitment of a dated readout; its text is not kept. */
    void add(String id, DatedReadout readout, String topic, String text) {
        addTerms(id, readout, topic, KeyTerms.of(text));
    }

    /** Adds a commitment of a dated readout by its terms ({@link KeyTerms#of}): stems, each with its word. */
    void addTerms(String id, DatedReadout readout, String topic, Map<String, String> terms) {
        int[] numbers = new int[terms.size()];
        int i = 0;
        for (Map.Entry<String, String> term : terms.entrySet()) {
            Integer n = termNumbers.get(term.getKey());
            if (n == null) {
                n = words.size();
                termNumbers.put(term.getKey(), n);
                words.add(term.getValue());
                documents.add(new int[1]);
            }
            documents.get(n)[0]++;
            numbers[i++] = n;
        }
        Arrays.sort(numbers);
        Stated stated = new Stated(all.size(), id, readout, topic, numbers);
        all.add(stated);
        readout.countries().forEach(c -> byPartnerAndTopic.add(c + "\n" + topic, stated));
    }

    /** The evidence of every commitment added that a later readout reaffirms. */
    List<EvidenceMatch> evidence() {
        byPartnerAndTopic.sorted();
        weights = new double[words.size()];
        for (int t = 0; t < weights.length; t++) {
            // how rare among the other commitments: a term two commitments share is not made common by sharing it
            weights[t] = Math.log((double) (all.size() + 1) / Math.max(1, documents.get(t)[0] - 1));
        }
        norms = new double[all.size()];
        for (Stated c : all) {
            for (int t : c.terms()) {
                norms[c.index()] += weights[t] * weights[t];
            }
        }
        List<EvidenceMatch> evidence = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (Stated c : all) {
            if (c.terms().length < MIN_SHARED || !c.readout().hasPartner()) {
                continue;
            }
            keys.clear();
            c.readout().countries().forEach(country -> keys.add(country + "\n" + c.topic()));
            List<Stated> later = byPartnerAndTopic.between(keys, c.readout().date(), c.readout().date().plusDays(WINDOW_DAYS));
            // the first time they said it again: the search ends there, which keeps a busy partner's night short
            for (Stated candidate : later) {
                if (candidate.readout().samePartnersAs(c.readout()) && similarity(c, candidate) >= MIN_SIMILARITY) {
                    evidence.add(new EvidenceMatch(c.id(), candidate.readout().id(), sharedWords(c.terms(), candidate.terms())));
                    break;
                }
            }
        }
        return evidence;
    }

    /**
     * How nearly two commitments say the same thing: the weight of their shared terms against the weights of
     * both (a cosine of their weighted terms), 0 when they share fewer than {@value #MIN_SHARED}. A term one of
     * them has and the other lacks counts against them both.
     */
    private double similarity(Stated one, Stated other) {
        double[] shared = new double[2]; // weight, count
        forEachShared(one.terms(), other.terms(), t -> {
            shared[0] += weights[t] * weights[t];
            shared[1]++;
        });
        return shared[1] < MIN_SHARED ? 0 : shared[0] / Math.sqrt(norms[one.index()] * norms[other.index()]);
    }

    /** Each term two sorted arrays of terms share. */
    private static void forEachShared(int[] a, int[] b, IntConsumer shared) {
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                shared.accept(a[i]);
                i++;
                j++;
            }
        }
    }

    /** The words of the terms two commitments share, to show why they matched. */
    private String sharedWords(int[] a, int[] b) {
        StringJoiner matched = new StringJoiner(" ");
        forEachShared(a, b, t -> matched.add(words.get(t)));
        String shared = matched.toString();
        return shared.length() <= MATCHED_LENGTH ? shared : shared.substring(0, MATCHED_LENGTH);
    }
}
