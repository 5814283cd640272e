package org.readoutbriefings.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.readoutbriefings.reference.CountryDirectory;
import org.readoutbriefings.reference.TopicTaxonomy;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Who gets the night's briefings by mail ({@code subscriptions.yml}, docs/delivery.md): each subscriber with
 * the partner countries and topics they follow, and whether they want a message every night or only when one
 * of their memos changed. Partners are ISO codes or names the country list knows, topics ids or labels of the
 * taxonomy; both are kept as codes and ids.
 */
public record Subscriptions(List<Subscriber> subscribers) {

    /**
     * One recipient.
     *
     * @param partners ISO alpha-2 codes
     * @param topics   topic ids
     * @param daily    a message every night, even when none of their memos changed
     */
    public record Subscriber(String name, String email, Set<String> partners, Set<String> topics, boolean daily) {

        public Subscriber {
            partners = Set.copyOf(partners);
            topics = Set.copyOf(topics);
        }

        /** Whether a readout with these partner countries and topics is one of theirs. */
        public boolean follows(List<String> partnerCodes, List<String> topicIds) {
            return partnerCodes.stream().anyMatch(partners::contains) || topicIds.stream().anyMatch(topics::contains);
        }
    }

    /** A subscriptions file that cannot be used, with one line per problem. */
    public static final class InvalidSubscriptions extends RuntimeException {

        private final List<String> problems;

        InvalidSubscriptions(List<String> problems) {
            super(String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    /**
     * Reads and checks a subscriptions file.
     *
     * @throws InvalidSubscriptions naming the file, the subscriber and the value for each problem
     */
    public static Subscriptions read(Path file, CountryDirectory countries, TopicTaxonomy topics) {
        String where = "briefings.mail.subscriptions: " + file;
        if (!Files.isRegularFile(file)) {
            throw new InvalidSubscriptions(List.of(where + " does not exist; docs/delivery.md shows one to start from"));
        }
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = new YAMLMapper().readTree(in);
        } catch (IOException | JacksonException e) {
            throw new InvalidSubscriptions(List.of(where + " is not valid YAML: " + e.getMessage().lines().findFirst().orElse("")));
        }
        JsonNode list = root == null ? null : root.get("subscribers");
        if (list == null || !list.isArray()) {
            throw new InvalidSubscriptions(List.of(where + ": expected a list under 'subscribers'"));
        }
        List<String> problems = new ArrayList<>();
        List<Subscriber> subscribers = new ArrayList<>();
        Set<String> emails = new HashSet<>();
        int index = 0;
        for (JsonNode node : list) {
            index++;
            String email = node.path("email").asString("").strip();
            String who = where + ": subscriber " + index + (email.isEmpty() ? "" : " (" + email + ")");
            try {
                new InternetAddress(email, true).validate();
            } catch (AddressException e) {
                problems.add(who + ": '" + email + "' is not a mail address");
            }
            if (!emails.add(email.toLowerCase(Locale.ROOT))) {
                problems.add(who + ": listed twice; give each address once, with all its partners and topics");
            }
            Set<String> partners = new HashSet<>();
            for (JsonNode p : node.path("partners")) {
                String given = p.asString("");
                if (countries.lookup(given) instanceof CountryDirectory.Found found) {
                    partners.add(found.country().alpha2());
                } else {
                    problems.add(who + ": partner '" + given + "' is not a country (an ISO code such as US, or a name)");
                }
            }
            Set<String> followed = new HashSet<>();
            for (JsonNode t : node.path("topics")) {
                String given = t.asString("");
                topics.find(given).ifPresentOrElse(topic -> followed.add(topic.id()),
                        () -> problems.add(who + ": topic '" + given + "' is not in the topic taxonomy"));
            }
            if (node.path("partners").isEmpty() && node.path("topics").isEmpty() && !node.path("daily").asBoolean(false)) {
                problems.add(who + ": follows no partner or topic and is not daily, so would never get a message");
            }
            subscribers.add(new Subscriber(node.path("name").asString("").strip(), email, partners, followed,
                    node.path("daily").asBoolean(false)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidSubscriptions(problems);
        }
        return new Subscriptions(List.copyOf(subscribers));
    }
}
