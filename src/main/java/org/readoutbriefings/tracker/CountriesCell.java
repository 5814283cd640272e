package org.readoutbriefings.tracker;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.readoutbriefings.reference.CountryDirectory;

/**
 * The Countries cell of Needs review, where staff place a readout in which no participating country was
 * recognised: ISO codes or names, separated by commas, semicolons or lines ("AT, PL, SE", "Austria; Poland"),
 * each resolved by the country list as a structured record's countries are (codes, names, aliases). The cell
 * is taken whole or not at all: an entry the list does not know, or one that could mean more than one
 * country ("Congo"), refuses the value, saying which entry and why.
 */
final class CountriesCell {

    /** What a cell says: the countries it names, or why it cannot be taken. */
    sealed interface Reading {
    }

    /** @param codes ISO alpha-2 codes, sorted and distinct */
    record Taken(List<String> codes) implements Reading {
    }

    record Refused(String reason) implements Reading {
    }

    private static final Pattern SEPARATORS = Pattern.compile("[,;\\r\\n]");
    /** The most separated parts one name spans: "Saint Helena, Ascension and Tristan da Cunha". */
    private static final int MOST_PARTS_OF_A_NAME = 3;
    /** How a country is shown in the cell, and so read back: its name, which may hold a comma. */
    private static final String SHOWN_SEPARATOR = ", ";

    private final CountryDirectory countries;

    CountriesCell(CountryDirectory countries) {
        this.countries = countries;
    }

    /** Reads a cell's text (not blank). */
    Reading read(String typed) {
        List<String> parts = new ArrayList<>();
        for (String part : SEPARATORS.split(typed, -1)) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        if (parts.isEmpty()) {
            return new Refused(quoted(typed) + " names no country");
        }
        TreeSet<String> codes = new TreeSet<>();
        for (int i = 0; i < parts.size(); ) {
            int used = longestName(parts, i, codes);
            if (used > 0) {
                i += used;
                continue;
            }
            String entry = parts.get(i);
            if (!codesApart(entry, codes)) {
                String why = refusal(entry);
                return new Refused(parts.size() == 1 && entry.equals(typed.strip()) ? quoted(entry) + why
                        : quoted(typed) + ": " + quoted(entry) + why);
            }
            i++;
        }
        return new Taken(List.copyOf(codes));
    }

    /**
     * The countries as the cell shows them once taken: their names, in code order. Reading them back gives the
     * same codes.
     */
    String show(List<String> codes) {
        return codes.stream().map(countries::name).collect(Collectors.joining(SHOWN_SEPARATOR));
    }

    /**
     * Takes the country named by the most parts from {@code from} on, joined again with commas (a name can
     * hold one), and returns how many parts it spans; 0 when none names one.
     */
    private int longestName(List<String> parts, int from, TreeSet<String> codes) {
        for (int n = Math.min(MOST_PARTS_OF_A_NAME, parts.size() - from); n > 0; n--) {
            String name = String.join(SHOWN_SEPARATOR, parts.subList(from, from + n));
            if (countries.lookup(name) instanceof CountryDirectory.Found found) {
                codes.add(found.country().alpha2());
                return n;
            }
        }
        return 0;
    }

    /** Codes given with spaces between them ("AT PL SE"): takes them if every word is a code of the list. */
    private boolean codesApart(String entry, TreeSet<String> codes) {
        String[] words = entry.split("\\s+");
        if (words.length < 2) {
            return false;
        }
        List<String> found = new ArrayList<>();
        for (String word : words) {
            if (word.length() > 3 || !(countries.lookup(word) instanceof CountryDirectory.Found f)) {
                return false;
            }
            found.add(f.country().alpha2());
        }
        codes.addAll(found);
        return true;
    }

    private String refusal(String entry) {
        if (countries.lookup(entry) instanceof CountryDirectory.Ambiguous ambiguous) {
            return " could mean " + ambiguous.couldMean().stream().map(c -> c + " (" + countries.name(c) + ")")
                    .collect(Collectors.joining(" or ")) + ": give its ISO code";
        }
        return " is not a country the list knows: give an ISO code (such as AT) or the English name";
    }

    private static String quoted(String text) {
        return "'" + text.strip() + "'";
    }
}
