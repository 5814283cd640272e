package org.readoutbriefings.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The word lists of {@code reference/extraction-cues.yml}. */
public record ExtractionCues(
        CuePhrases strongCommitment,
        CuePhrases weakCommitment,
        CuePhrases notCommitment,
        CuePhrases history,
        CuePhrases followUp,
        CuePhrases keepInTouch,
        List<String> backgroundHeadings,
        CuePhrases callFormat,
        CuePhrases videoFormat,
        CuePhrases multilateralFormat,
        CuePhrases inPersonFormat,
        CuePhrases everyParty,
        CuePhrases discussionSubjects,
        CuePhrases discussionPositions) {

    public static ExtractionCues builtIn() {
        try (InputStream in = ExtractionCues.class.getResourceAsStream("/reference/extraction-cues.yml")) {
            JsonNode root = new YAMLMapper().readTree(in);
            JsonNode commitments = root.path("commitments");
            JsonNode format = root.path("format");
            List<String> strong = strings(commitments.path("strong"));
            List<String> weak = withStances(strings(commitments.path("weak")), commitments.path("stance"));
            for (JsonNode stance : commitments.path("stancesElsewhere")) {
                weak = withStances(weak, stance);
            }
            List<String> not = strings(commitments.path("not"));
            Set<String> listed = new HashSet<>(strong);
            listed.addAll(weak);
            listed.addAll(not);
            return new ExtractionCues(
                    new CuePhrases(withVerbForms(strong, listed)), new CuePhrases(withVerbForms(weak, listed)),
                    new CuePhrases(not), phrases(commitments.path("history")),
                    phrases(root.path("followUps")), phrases(root.path("keepInTouch")), strings(root.path("backgroundHeadings")),
                    phrases(format.path("call")), phrases(format.path("video")),
                    phrases(format.path("multilateral")), phrases(format.path("inPerson")),
                    phrases(root.path("everyParty")),
                    phrases(root.path("discussion").path("subjects")), phrases(root.path("discussion").path("positions")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference/extraction-cues.yml", e);
        }
    }

    /**
     * The phrases, and each stance verb with each stance noun ("reiterated ... desire to") not among them: the
     * verb first, or the noun where the language says it first ({@code nounsFirst}).
     */
    private static List<String> withStances(List<String> phrases, JsonNode stance) {
        List<String> all = new ArrayList<>(phrases);
        boolean nounsFirst = stance.path("nounsFirst").asBoolean(false);
        for (String verb : strings(stance.path("verbs"))) {
            for (String noun : strings(stance.path("nouns"))) {
                String phrase = nounsFirst ? noun + " ... " + verb : verb + " ... " + noun;
                if (!all.contains(phrase)) {
                    all.add(phrase);
                }
            }
        }
        return all;
    }

    /**
     * Each phrase that opens with a regular past tense ("expressed ... desire to", "reaffirmed ... commitment")
     * also in its -ing form ("expressing ... desire to", "reaffirming ... commitment"): readouts report the same
     * stance in a participle after a comma. A form listed anywhere in the lists as a phrase of its own is left
     * to that entry.
     */
    static List<String> withVerbForms(List<String> phrases, Set<String> listed) {
        List<String> all = new ArrayList<>(phrases);
        for (String phrase : phrases) {
            int space = phrase.indexOf(' ');
            String verb = space < 0 ? phrase : phrase.substring(0, space);
            String rest = space < 0 ? "" : phrase.substring(space);
            // what was set up or launched at the meeting is reported in the past; "establishing a ..." names a plan's content
            if (verb.length() < 5 || !verb.endsWith("ed") || !verb.chars().allMatch(c -> c >= 'a' && c <= 'z')
                    || verb.equals("established") || verb.equals("launched")) {
                continue;
            }
            for (String form : forms(verb)) {
                String variant = form + rest;
                if (!listed.contains(variant) && !all.contains(variant)) {
                    all.add(variant);
                }
            }
        }
        return all;
    }

    /**
     * "agreed": agreeing; "committed": committing; "decided": deciding. Not the present ("plans", "wishes",
     * "tasks" are nouns as often as verbs). A spelling that is no word matches nothing.
     */
    private static List<String> forms(String past) {
        String stem = past.substring(0, past.length() - 2);
        if (past.endsWith("eed")) {
            return List.of(stem + "eing");
        }
        if (past.endsWith("ied")) {
            return List.of(past.substring(0, past.length() - 3) + "ying");
        }
        return List.of(stem + "ing");
    }

    private static CuePhrases phrases(JsonNode list) {
        return new CuePhrases(strings(list));
    }

    private static List<String> strings(JsonNode list) {
        List<String> strings = new ArrayList<>();
        list.forEach(n -> strings.add(n.asString()));
        return strings;
    }
}
