package org.readoutbriefings.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

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
            return new ExtractionCues(
                    phrases(commitments.path("strong")), phrases(commitments.path("weak")),
                    phrases(commitments.path("not")), phrases(commitments.path("history")),
                    phrases(root.path("followUps")), phrases(root.path("keepInTouch")), strings(root.path("backgroundHeadings")),
                    phrases(format.path("call")), phrases(format.path("video")),
                    phrases(format.path("multilateral")), phrases(format.path("inPerson")),
                    phrases(root.path("everyParty")),
                    phrases(root.path("discussion").path("subjects")), phrases(root.path("discussion").path("positions")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference/extraction-cues.yml", e);
        }
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
