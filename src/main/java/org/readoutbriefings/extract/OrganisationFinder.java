package org.readoutbriefings.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.readoutbriefings.reference.TsvResource;

/** Finds international organisations and groupings ({@code reference/organisations.tsv}) by name or acronym. */
public class OrganisationFinder {

    private final Map<String, String> shortForms = new HashMap<>();
    private final Pattern pattern;

    public OrganisationFinder() {
        for (String[] row : TsvResource.rows("/reference/organisations.tsv")) {
            shortForms.put(row[0], row[0]);
            for (String name : row[1].split("\\|")) {
                shortForms.put(name.strip(), row[0]);
            }
        }
        List<String> names = new ArrayList<>(shortForms.keySet());
        names.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
        for (int i = 0; i < names.size(); i++) {
            regex.append(i == 0 ? "" : "|").append(Pattern.quote(names.get(i)));
        }
        pattern = Pattern.compile(regex.append(")(?![\\p{L}\\p{N}])").toString());
    }

    /** Short forms of the organisations named in the sentences, sorted. */
    public List<String> find(List<Sentence> sentences) {
        TreeSet<String> found = new TreeSet<>();
        for (Sentence s : sentences) {
            if (s.background()) {
                continue;
            }
            Matcher m = pattern.matcher(s.text());
            while (m.find()) {
                found.add(shortForms.get(m.group()));
            }
        }
        return List.copyOf(found);
    }
}
