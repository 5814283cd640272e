package org.readoutbriefings.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.readoutbriefings.reference.Topic;
import org.readoutbriefings.reference.TopicTaxonomy;

/**
 * Files a readout under the taxonomy's topics by counting their keywords: in the title three times, in
 * the text once each, never in background paragraphs. Topics with at least two hits are kept, busiest
 * first, and topics named once fill up to {@link #AT_LEAST}; a readout that names none gets the fallback.
 */
public class TopicClassifier {

    private static final int TITLE_WEIGHT = 3;
    private static final int MIN_SCORE = 2;
    /**
     * A readout is filed under at least this many topics when its text names them: real readouts cover two
     * or three (2.3 a readout in 764 annotated ones), often each in a single phrase ("regional and
     * international issues"). With two, topic F1 on the real development sets went from 0.567 to 0.581
     * and on the tidy corpus from 0.672 to 0.677; three gave 0.594 and 0.674, at lower precision.
     */
    private static final int AT_LEAST = 2;
    private static final int MAX_TOPICS = 6;

    private final Map<String, CuePhrases> keywords = new LinkedHashMap<>();

    public TopicClassifier(TopicTaxonomy taxonomy) {
        for (Topic topic : taxonomy.all()) {
            keywords.put(topic.id(), new CuePhrases(topic.keywords()));
        }
    }

    public List<String> classify(String title, List<Sentence> sentences) {
        // sentence by sentence, every topic's keywords in turn: each sentence is split into words once
        List<String> ids = List.copyOf(keywords.keySet());
        List<CuePhrases> lists = List.copyOf(keywords.values());
        int[] counts = new int[ids.size()];
        if (title != null) {
            for (int t = 0; t < lists.size(); t++) {
                counts[t] += lists.get(t).findAll(title).size() * TITLE_WEIGHT;
            }
        }
        for (Sentence s : sentences) {
            if (!s.background()) {
                for (int t = 0; t < lists.size(); t++) {
                    counts[t] += lists.get(t).findAll(s.text()).size();
                }
            }
        }
        // in the taxonomy's order, which breaks ties in the ranking
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (int t = 0; t < ids.size(); t++) {
            if (counts[t] > 0) {
                scores.put(ids.get(t), counts[t]);
            }
        }
        List<String> ranked = new ArrayList<>(scores.keySet());
        ranked.sort(Comparator.comparing(scores::get).reversed());
        // busiest first, so once a topic is named only once and AT_LEAST are taken, none after it is kept
        List<String> topics = new ArrayList<>();
        for (String id : ranked) {
            if (topics.size() < MAX_TOPICS && (topics.size() < AT_LEAST || scores.get(id) >= MIN_SCORE)) {
                topics.add(id);
            }
        }
        return topics.isEmpty() ? List.of(TopicTaxonomy.FALLBACK_TOPIC) : topics;
    }

    /** The topic a single sentence is most about, if any keyword occurs in it. */
    public Optional<String> best(String sentence, List<String> preferred) {
        String best = null;
        int bestScore = 0;
        for (Map.Entry<String, CuePhrases> e : keywords.entrySet()) {
            int score = e.getValue().findAll(sentence).size() * 2 + (preferred.contains(e.getKey()) ? 1 : 0);
            if (score > bestScore && score >= 2) {
                best = e.getKey();
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }
}
