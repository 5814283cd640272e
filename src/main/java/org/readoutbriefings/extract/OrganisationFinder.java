package org.readoutbriefings.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.readoutbriefings.reference.TsvResource;

/** Finds international organisations and groupings ({@code reference/organisations.tsv}) by name or acronym. */
public class OrganisationFinder {

    private final Map<String, String> shortForms = new HashMap<>();
    private final PhraseTrie names;

    public OrganisationFinder() {
        for (String[] row : TsvResource.rows("/reference/organisations.tsv")) {
            shortForms.put(row[0], row[0]);
            for (String name : row[1].split("\\|")) {
                shortForms.put(name.strip(), row[0]);
            }
        }
        names = new PhraseTrie(shortForms.keySet(), PhraseTrie.Boundary.LETTERS_AND_DIGITS);
    }

    /** Whether a text names an organisation ("the World Health Organization", "NATO"). */
    public boolean names(String text) {
        return !names.findAll(text).isEmpty();
    }

    /** Where an organisation's name that starts at a position ends, or -1 if none starts there. */
    public int endOfNameAt(String text, int from) {
        PhraseTrie.Hit hit = from < text.length() ? names.longestAt(text, from) : null;
        return hit == null ? -1 : hit.end();
    }

    /** Short forms of the organisations named in the sentences, sorted. */
    public List<String> find(List<Sentence> sentences) {
        TreeSet<String> found = new TreeSet<>();
        for (Sentence s : sentences) {
            if (s.background()) {
                continue;
            }
            names.findAll(s.text()).forEach(hit -> found.add(shortForms.get(hit.phrase())));
        }
        return List.copyOf(found);
    }
}
