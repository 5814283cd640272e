package org.readoutbriefings.reference;

import java.util.List;

/** One topic of the taxonomy. */
public record Topic(String id, String label, List<String> keywords) {

    public Topic {
        keywords = List.copyOf(keywords);
    }
}
