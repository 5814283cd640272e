package org.readoutbriefings.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.readoutbriefings.reference.TsvResource;

/**
 * Finds who published a readout ({@code reference/issuers.tsv}, then {@code reference/publishers.tsv}): the
 * body named in its opening lines (title, dateline, "Office of the Spokesperson") or its closing lines (a
 * signature, "— MOFA of Japan", the page's site name).
 */
public class IssuerFinder {

    /** The publishing body and its country (null for bodies such as the EU's EEAS). */
    public record Issuer(String name, String country) {
    }

    private static final int EDGE_SENTENCES = 4;
    /** A line this short names its publisher, not a subject: "Office of the Spokesperson", "U.S. Department of Energy". */
    private static final int SIGNATURE_LINE = 80;
    /** A foreign ministry named with its country: "Ministry of Foreign Affairs of Chile", "Republic of Türkiye Ministry of Foreign Affairs". */
    private static final Pattern MINISTRY = Pattern.compile(
            // the look-ahead for the first letter rules out most positions before the costly \b is tried there
            "(?i)(?=[mdso])\\b(?:Ministry|Department|Secretariat|Ministère|Office)\\s+(?:of|for)\\s+(?:Foreign|External|International)\\s+"
                    + "(?:Affairs|Relations)(?:[\\p{L} ,&]{0,60}?)?");

    /** A phrase of the table, as a regex on word boundaries, and the body it names. */
    /**
     * A phrase of the tables, as a regex on word boundaries, and the body it names. A publisher only (not an
     * institution whose name is a country mention too) is looked for in the title, short lines and the last
     * lines alone: "the Council of the European Union" in a sentence is a subject, not a signature.
     */
    private record Named(String phrase, Issuer issuer, boolean publisherOnly) {
    }

    private final Map<String, Named> issuers = new LinkedHashMap<>();
    /** All the phrases at once: 560 plain searches per opening and closing line cost a quarter of the extraction. */
    private final PhraseTrie phrases;
    private final CountryMentions countries;

    public IssuerFinder(CountryMentions countries) {
        this.countries = countries;
        for (String table : List.of("/reference/issuers.tsv", "/reference/publishers.tsv")) {
            for (String[] row : TsvResource.rows(table)) {
                issuers.putIfAbsent(row[0], new Named(row[0], new Issuer(row[1], row.length > 2 && !row[2].isBlank() ? row[2] : null),
                        table.endsWith("publishers.tsv")));
            }
        }
        phrases = new PhraseTrie(issuers.keySet(), PhraseTrie.Boundary.LETTERS);
    }

    /** Every phrase that names a body, with its country: institutions are also country mentions. */
    public static Map<String, String> institutionCountries() {
        Map<String, String> countries = new LinkedHashMap<>();
        for (String[] row : TsvResource.rows("/reference/issuers.tsv")) {
            if (row.length > 2 && !row[2].isBlank()) {
                countries.put(row[0], row[2]);
            }
        }
        return countries;
    }

    /**
     * GOV.UK's house style for readout titles, "PM call with ...", "Foreign Secretary's meeting with ...": the
     * page names its office nowhere else, and the text speaks only of "the Prime Minister".
     */
    private static final Pattern UK_TITLE = Pattern.compile(
            "^(?:Readout:\\s+)?(PM|Foreign Secretary)(?:['\u2019]s)?\\s+(?:phone\\s+|telephone\\s+|video\\s+|bilateral\\s+)?(?:call|meeting|talks|conversation)\\s+with\\b");

    public Optional<Issuer> find(List<Sentence> sentences) {
        if (!sentences.isEmpty()) {
            Matcher uk = UK_TITLE.matcher(sentences.get(0).text());
            if (uk.find()) {
                return Optional.of(uk.group(1).equals("PM") ? new Issuer("Prime Minister's Office, 10 Downing Street", "GB")
                        : new Issuer("Foreign, Commonwealth & Development Office", "GB"));
            }
        }
        List<Sentence> edges = new ArrayList<>(sentences.subList(0, Math.min(EDGE_SENTENCES, sentences.size())));
        edges.addAll(sentences.subList(Math.max(edges.size(), sentences.size() - EDGE_SENTENCES), sentences.size()));
        for (Sentence s : edges) {
            boolean signatureLike = s == sentences.get(0) || s.text().length() <= SIGNATURE_LINE || sentences.indexOf(s) >= sentences.size() - 2;
            // the first phrase of the line, the longest where several start there
            for (PhraseTrie.Hit hit : phrases.findAll(s.text())) {
                Named named = issuers.get(hit.phrase());
                if (!named.publisherOnly() || signatureLike) {
                    return Optional.of(named.issuer());
                }
            }
        }
        for (Sentence s : edges) {
            Optional<Issuer> ministry = ministry(s.text());
            if (ministry.isPresent()) {
                return ministry;
            }
        }
        return Optional.empty();
    }

    /** A foreign ministry not in the table, named with its country right before or after it. */
    private Optional<Issuer> ministry(String text) {
        Matcher m = MINISTRY.matcher(text);
        while (m.find()) {
            String around = text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 50));
            int ministryAt = m.start() - Math.max(0, m.start() - 40);
            for (CountryMentions.Mention c : countries.find(around)) {
                boolean before = c.end() <= ministryAt && around.substring(c.end(), ministryAt).isBlank();
                boolean after = c.start() >= ministryAt && c.start() - ministryAt <= m.group().length() + 12;
                if (before || after) {
                    return Optional.of(new Issuer(text.substring(m.start(), m.end()).strip().replaceAll("[ ,]+$", "")
                            + (after ? "" : " (" + c.country() + ")"), c.country()));
                }
            }
        }
        return Optional.empty();
    }
}
