package org.readoutbriefings.memo;

import java.util.List;
import java.util.stream.Collectors;

import org.readoutbriefings.reference.CountryDirectory;
import org.readoutbriefings.reference.TopicTaxonomy;

/** The names memos print for country codes and topic ids. */
record Labels(CountryDirectory countries, TopicTaxonomy topics) {

    String countryNames(List<String> codes) {
        return codes.stream().map(countries::name).collect(Collectors.joining(", "));
    }

    String topicNames(List<String> ids) {
        return ids.stream().map(topics::label).collect(Collectors.joining(", "));
    }
}
