package org.readoutbriefings.reference;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The topics readouts are filed under, loaded from a user-editable YAML file (see
 * {@code reference/topics.yml}). Topics are looked up by id or by label, case-insensitively.
 */
public final class TopicTaxonomy {

    /** Where a readout that names no topic is filed. */
    public static final String FALLBACK_TOPIC = "bilateral-relations";

    private static final Pattern TOPIC_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    private final Map<String, Topic> byId = new LinkedHashMap<>();
    private final Map<String, Topic> byLabel = new LinkedHashMap<>();

    private TopicTaxonomy(List<Topic> topics) {
        for (Topic topic : topics) {
            if (byId.putIfAbsent(topic.id(), topic) != null) {
                throw new IllegalArgumentException("topic id '" + topic.id() + "' is listed twice");
            }
            byLabel.put(topic.label().toLowerCase(Locale.ROOT), topic);
        }
        if (!byId.containsKey(FALLBACK_TOPIC)) {
            throw new IllegalArgumentException("the taxonomy must contain the fallback topic '" + FALLBACK_TOPIC + "'");
        }
    }

    /**
     * Reads a taxonomy file.
     *
     * @param name how to name the file in error messages
     * @throws IllegalArgumentException naming the file and the problem when the file is not a valid taxonomy
     */
    public static TopicTaxonomy load(InputStream in, String name) {
        try (in) {
            JsonNode root = new YAMLMapper().readTree(in);
            JsonNode list = root == null ? null : root.get("topics");
            if (list == null || !list.isArray() || list.isEmpty()) {
                throw new IllegalArgumentException("expected a non-empty list under 'topics'");
            }
            List<Topic> topics = new ArrayList<>();
            int index = 0;
            for (JsonNode node : list) {
                index++;
                String id = node.path("id").asString("").strip();
                if (!TOPIC_ID.matcher(id).matches()) {
                    throw new IllegalArgumentException("topic " + index + ": id '" + id
                            + "' must be lower-case letters, digits and hyphens");
                }
                String label = node.path("label").asString(id).strip();
                List<String> keywords = new ArrayList<>();
                node.path("keywords").forEach(k -> keywords.add(k.asString().strip()));
                topics.add(new Topic(id, label, keywords));
            }
            return new TopicTaxonomy(topics);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("Topic taxonomy " + name + " is not valid: " + e.getMessage(), e);
        }
    }

    /** The taxonomy shipped with the application. */
    public static TopicTaxonomy builtIn() {
        return load(TopicTaxonomy.class.getResourceAsStream("/reference/topics.yml"), "reference/topics.yml");
    }

    /** Finds a topic by its id or its label. */
    public Optional<Topic> find(String idOrLabel) {
        if (idOrLabel == null) {
            return Optional.empty();
        }
        String key = idOrLabel.strip().toLowerCase(Locale.ROOT);
        Topic topic = byId.get(key);
        return Optional.ofNullable(topic != null ? topic : byLabel.get(key));
    }

    public Topic get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown topic " + id));
    }

    /** The label for an id, or the id itself for a topic no longer in the taxonomy. */
    public String label(String id) {
        Topic topic = byId.get(id);
        return topic == null ? id : topic.label();
    }

    public Collection<Topic> all() {
        return byId.values();
    }

    public Collection<String> ids() {
        return byId.keySet();
    }
}
