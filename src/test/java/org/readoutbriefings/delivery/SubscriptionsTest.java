package org.readoutbriefings.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readoutbriefings.delivery.Subscriptions.InvalidSubscriptions;
import org.readoutbriefings.delivery.Subscriptions.Subscriber;
import org.readoutbriefings.reference.CountryDirectory;
import org.readoutbriefings.reference.TopicTaxonomy;

class SubscriptionsTest {

    private static final CountryDirectory COUNTRIES = CountryDirectory.builtIn();
    private static final TopicTaxonomy TOPICS = TopicTaxonomy.builtIn();

    @TempDir
    Path folder;

    @Test
    void readsPartnersByCodeOrNameAndTopicsByIdOrLabel() throws IOException {
        Path file = Files.writeString(folder.resolve("subscriptions.yml"), """
                subscribers:
                  - name: Aiko Tanaka
                    email: aiko@example.org
                    partners: [US, Republic of Korea]
                    topics: [trade, Health]
                  - email: desk@example.org
                    daily: true
                """);
        assertThat(Subscriptions.read(file, COUNTRIES, TOPICS).subscribers()).containsExactly(
                new Subscriber("Aiko Tanaka", "aiko@example.org", Set.of("US", "KR"), Set.of("trade", "health"), false),
                new Subscriber("", "desk@example.org", Set.of(), Set.of(), true));
    }

    @Test
    void theDocumentedExampleReads() {
        assertThat(Subscriptions.read(Path.of("docs/subscriptions.example.yml"), COUNTRIES, TOPICS).subscribers())
                .extracting(Subscriber::email, Subscriber::partners, Subscriber::topics, Subscriber::daily)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("aiko.tanaka@example.org", Set.of("US", "KR"),
                                Set.of("trade", "economic-security"), false),
                        org.assertj.core.groups.Tuple.tuple("uk-desk@example.org", Set.of("GB"), Set.of(), false),
                        org.assertj.core.groups.Tuple.tuple("duty@example.org", Set.of(), Set.of("regional-security"), true));
    }

    @Test
    void namesEveryProblemWithItsSubscriber() throws IOException {
        Path file = Files.writeString(folder.resolve("subscriptions.yml"), """
                subscribers:
                  - email: "eve@example.org\\r\\nBcc: x@example.org"
                    partners: [Narnia]
                  - email: a@example.org
                    topics: [gardening]
                  - email: A@example.org
                    partners: [JP]
                  - email: b@example.org
                """);
        assertThatThrownBy(() -> Subscriptions.read(file, COUNTRIES, TOPICS))
                .isInstanceOfSatisfying(InvalidSubscriptions.class, e -> assertThat(e.problems()).containsExactly(
                        "briefings.mail.subscriptions: " + file + ": subscriber 1 (eve@example.org\r\nBcc: x@example.org):"
                                + " 'eve@example.org\r\nBcc: x@example.org' is not a mail address",
                        "briefings.mail.subscriptions: " + file + ": subscriber 1 (eve@example.org\r\nBcc: x@example.org):"
                                + " partner 'Narnia' is not a country (an ISO code such as US, or a name)",
                        "briefings.mail.subscriptions: " + file + ": subscriber 2 (a@example.org): topic 'gardening' is"
                                + " not in the topic taxonomy",
                        "briefings.mail.subscriptions: " + file + ": subscriber 3 (A@example.org): listed twice; give each"
                                + " address once, with all its partners and topics",
                        "briefings.mail.subscriptions: " + file + ": subscriber 4 (b@example.org): follows no partner or"
                                + " topic and is not daily, so would never get a message"));
    }

    @Test
    void aMissingOrMalformedFileIsOneProblem() throws IOException {
        assertThatThrownBy(() -> Subscriptions.read(folder.resolve("none.yml"), COUNTRIES, TOPICS))
                .isInstanceOfSatisfying(InvalidSubscriptions.class, e -> assertThat(e.problems()).singleElement()
                        .asString().endsWith("none.yml does not exist; docs/delivery.md shows one to start from"));
        Path list = Files.writeString(folder.resolve("list.yml"), "- a@example.org\n");
        assertThatThrownBy(() -> Subscriptions.read(list, COUNTRIES, TOPICS))
                .isInstanceOfSatisfying(InvalidSubscriptions.class, e -> assertThat(e.problems())
                        .isEqualTo(List.of("briefings.mail.subscriptions: " + list + ": expected a list under 'subscribers'")));
    }
}
