package org.readoutbriefings.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.readoutbriefings.reference.TopicTaxonomy;

/** Which topics a readout is filed under, with the built-in taxonomy, as published readouts name them. */
class TopicClassifierTest {

    private final TopicClassifier topics = new TopicClassifier(TopicTaxonomy.builtIn());

    private static List<Sentence> text(String... sentences) {
        return Arrays.stream(sentences).map(s -> new Sentence(s, 1, false, false, false)).toList();
    }

    @Test
    void aTopicNamedOnceIsKeptBesideTheBusiestButNotAThirdOne() {
        assertThat(topics.classify("Trade ministers meet",
                text("The ministers reviewed trade in goods and tariffs on steel.",
                        "They also touched on climate policy.",
                        "Tourism was mentioned at dinner.")))
                .containsExactly("trade", "energy-climate");
    }

    @Test
    void twoTopicsNamedTwiceEachAreBothKeptWhateverTheOnceNamed() {
        assertThat(topics.classify(null,
                text("The sides discussed health cooperation and hospitals in the north.",
                        "They agreed on energy projects and on the electricity grid.",
                        "Regional issues came up briefly.")))
                .containsExactlyInAnyOrder("health", "energy-climate");
    }

    @Test
    void regionalAndInternationalIssuesInTheWordsOfSeveralLanguages() {
        assertThat(topics.classify(null, text("Les deux ministres ont échangé sur les questions régionales et internationales.",
                "Ils ont évoqué la coopération au sein des Nations unies.")))
                .contains("regional-security", "multilateral");
        assertThat(topics.classify(null, text("Los cancilleres abordaron temas regionales y la agenda internacional.")))
                .contains("regional-security", "multilateral");
        assertThat(topics.classify(null, text("Стороны обсудили развитие торгово-экономического сотрудничества и вопросы международной повестки.")))
                .contains("trade", "multilateral");
    }

    @Test
    void aReadoutThatNamesNoTopicIsFiledUnderTheFallback() {
        assertThat(topics.classify("A call", text("The two ministers spoke by telephone.")))
                .containsExactly(TopicTaxonomy.FALLBACK_TOPIC);
    }
}
