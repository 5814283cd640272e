package org.readoutbriefings.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.readoutbriefings.domain.RecordOrigin;

import tools.jackson.databind.JsonNode;

/**
 * Typed access to a record's fields that rejects the record, naming the field, when a value has the
 * wrong type, is too long or does not parse.
 */
final class RecordFields {

    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2199;

    private final RecordOrigin origin;
    private final JsonNode node;
    private final String path;

    RecordFields(RecordOrigin origin, JsonNode node, String path) {
        this.origin = origin;
        this.node = node;
        this.path = path;
    }

    RejectedRecordException reject(String field, String reason) {
        return new RejectedRecordException(origin, field == null ? (path.isEmpty() ? null : path) : qualified(field), reason);
    }

    String qualified(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    boolean has(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    String text(String field, int maxLength) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw reject(field, "must be text, not " + describe(value));
        }
        String text = value.stringValue().strip();
        if (text.length() > maxLength) {
            throw reject(field, "is " + text.length() + " characters long; at most " + maxLength + " are allowed");
        }
        return text.isEmpty() ? null : text;
    }

    String requiredText(String field, int maxLength) {
        String text = text(field, maxLength);
        if (text == null) {
            throw reject(field, "is missing");
        }
        return text;
    }

    LocalDate date(String field) {
        String text = text(field, 40);
        if (text == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
                throw reject(field, "'" + text + "' is outside the years " + MIN_YEAR + " to " + MAX_YEAR);
            }
            return date;
        } catch (DateTimeParseException e) {
            throw reject(field, "'" + text + "' is not a valid date in the form YYYY-MM-DD");
        }
    }

    /** The field's elements; a single value counts as a list of one. */
    List<JsonNode> list(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (value.isArray()) {
            List<JsonNode> items = new ArrayList<>();
            value.forEach(items::add);
            return items;
        }
        if (value.isString() || value.isObject()) {
            return List.of(value);
        }
        throw reject(field, "must be a list, not " + describe(value));
    }

    /** Text elements of a list field. */
    List<String> texts(String field, int maxLength) {
        List<String> texts = new ArrayList<>();
        List<JsonNode> items = list(field);
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            if (!item.isString()) {
                throw reject(field + "[" + i + "]", "must be text, not " + describe(item));
            }
            String text = item.stringValue().strip();
            if (text.length() > maxLength) {
                throw reject(field + "[" + i + "]", "is longer than " + maxLength + " characters");
            }
            if (!text.isEmpty()) {
                texts.add(text);
            }
        }
        return texts;
    }

    /** The fields of one element of a list of objects. */
    RecordFields element(String field, int index, JsonNode element) {
        return new RecordFields(origin, element, qualified(field + "[" + index + "]"));
    }

    static String describe(JsonNode value) {
        if (value.isNumber()) {
            return "a number";
        }
        if (value.isBoolean()) {
            return "true/false";
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isObject()) {
            return "an object";
        }
        return "a " + value.getNodeType().name().toLowerCase();
    }
}
