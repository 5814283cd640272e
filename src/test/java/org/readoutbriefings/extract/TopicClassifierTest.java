package org.readoutbriefings.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.readoutbriefings.reference.CountryDirectory;
import org.readoutbriefings.reference.TopicTaxonomy;

/** Which topics a readout is filed under, with the built-in taxonomy, as published readouts name them. */
class TopicClassifierTest {

    private final TopicClassifier topics = new TopicClassifier(TopicTaxonomy.builtIn());
    /** As the extractor builds it: with the places bilaterals are held at, and country names in other languages. */
    private final TopicClassifier asExtracted = new TopicClassifier(TopicTaxonomy.builtIn(),
            ExtractionCues.builtIn().multilateralFormat(), CountryDirectory.builtIn()::sameCountryInOtherLanguages);

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

    @Test
    void theFallbackIsLeftOutWhenAnotherTopicIsNamed() {
        assertThat(topics.classify("State visit",
                text("The presidents praised the partnership between their countries.",
                        "They discussed tariffs on farm goods.")))
                .containsExactly("trade");
    }

    @Test
    void theGatheringTwoMetAtIsWhereTheyMetNotWhatTheyDiscussed() {
        assertThat(asExtracted.classify(null,
                text("The two prime ministers met on the sidelines of the G20 summit in the morning.",
                        "Their talks were about vaccines and hospitals.")))
                .containsExactly("health");
        assertThat(asExtracted.classify(null,
                text("The two prime ministers met in the capital.",
                        "They discussed reform of the G20 and vaccines.")))
                .contains("multilateral", "health");
    }

    @Test
    void aConflictNamedByItsCountryInAnotherLanguage() {
        assertThat(asExtracted.classify(null,
                text("I due ministri hanno parlato a lungo della situazione in Ucraina.")))
                .contains("conflicts-crises");
        assertThat(asExtracted.classify(null,
                text("両外相はシリアをめぐる最近の動きについて意見交換した。")))
                .contains("conflicts-crises");
    }

    @Test
    void policyWordsOfLanguagesBeyondTheUnLanguages() {
        assertThat(topics.classify(null, text("두 장관은 북핵 문제와 한반도 정세에 대해 논의했다.")))
                .contains("nonproliferation", "regional-security");
        assertThat(topics.classify(null, text("Bakanlar ticaret ve enerji alanındaki işbirliğini ele aldı.")))
                .contains("trade", "energy-climate");
        assertThat(topics.classify(null, text("Kedua menteri membahas kerja sama pertahanan dan kesehatan.")))
                .contains("alliance-defence", "health");
    }
}
