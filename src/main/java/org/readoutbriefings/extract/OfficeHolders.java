package org.readoutbriefings.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.readoutbriefings.reference.TsvResource;

/**
 * People who take part in readouts, with their government and years in office
 * ({@code reference/office-holders.tsv}), as event coders' actor dictionaries have them: so that
 * "Secretary Granholm", "Wang Yi" or "the Chancellor, Olaf Scholz" has a country when the text names none,
 * and the issuer of a readout that names only the other side is known by its own principal.
 * Heads of international organisations are there too, as officials of no country.
 */
final class OfficeHolders {

    /** One person in one office: {@code country} null for an international organisation's official. */
    record Holder(String name, String country, String organisation, String office, int from, int to) {

        boolean inOffice(int year) {
            return year <= 0 || (from <= year && year <= to);
        }
    }

    /** Short forms the table uses for international organisations instead of a country code. */
    private static final Set<String> ORGANISATIONS = Set.of("UN", "NATO", "WHO", "IMF", "WB", "ASEAN", "OECD", "WTO", "IAEA");
    /** Where the family name comes first in the romanised name: "Wang Yi" is Minister Wang. */
    private static final Set<String> FAMILY_NAME_FIRST = Set.of("CN", "KR", "VN", "TW", "KP", "KH", "HU");
    private static final Set<String> SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");

    private final Map<String, List<Holder>> byName = new HashMap<>();
    private final Map<String, List<Holder>> bySurname = new HashMap<>();
    private final PhraseTrie names;

    OfficeHolders() {
        for (String[] row : TsvResource.rows("/reference/office-holders.tsv")) {
            String code = row[1].strip();
            String office = row[2].strip();
            // the African Union's officials share "AU" with Australia: told apart by their office
            boolean organisation = ORGANISATIONS.contains(code) || office.contains("African Union");
            Holder h = new Holder(row[0].strip(), organisation ? null : code, organisation ? (code.equals("AU") ? "AU" : code) : null,
                    office, year(row[3], 0), year(row.length > 4 ? row[4] : "", 9999));
            byName.computeIfAbsent(h.name(), k -> new ArrayList<>()).add(h);
            bySurname.computeIfAbsent(surname(h.name()), k -> new ArrayList<>()).add(h);
            String first = h.name().split("\\s+")[0].toLowerCase(Locale.ROOT);
            if (FAMILY_NAME_FIRST.contains(code) && !first.equals(surname(h.name()))) {
                bySurname.computeIfAbsent(first, k -> new ArrayList<>()).add(h); // "Wang Yi": "Minister Wang"
            }
        }
        names = new PhraseTrie(byName.keySet(), PhraseTrie.Boundary.LETTERS);
    }

    /** The people of the table a text names in full, where it names them. */
    List<PhraseTrie.Hit> named(String text) {
        return names.findAll(text);
    }

    /**
     * The government of the person a readout names ("Olaf Scholz", or "Scholz" after a title), in office in
     * {@code year} (0: any year); null unless every holder the name fits agrees.
     */
    String country(String name, int year) {
        List<Holder> holders = holders(name, year);
        if (holders.isEmpty()) {
            return null;
        }
        String country = holders.get(0).country();
        return holders.stream().allMatch(h -> java.util.Objects.equals(h.country(), country)) ? country : null;
    }

    /**
     * The holders a name fits: by the full name, else by its last word as a surname, if its other words are the
     * holder's or could be ("Minister Wang", "KAMIKAWA Yoko", "Antony J. Blinken"; not "Mustapa Mohamed" for
     * Amina Mohamed).
     */
    List<Holder> holders(String name, int year) {
        List<Holder> found = byName.getOrDefault(name, List.of());
        if (found.isEmpty()) {
            found = bySurname.getOrDefault(surname(name), List.of()).stream().filter(h -> givenNamesFit(name, h.name())).toList();
        }
        return found.stream().filter(h -> h.inOffice(year)).toList();
    }

    /** Whether each word of the name besides the surname is an initial, or starts as a word of the holder's name does. */
    private static boolean givenNamesFit(String name, String holder) {
        String surname = surname(name);
        List<String> holderWords = List.of(holder.toLowerCase(Locale.ROOT).split("[\\s.-]+"));
        for (String word : name.toLowerCase(Locale.ROOT).replace(",", "").split("[\\s-]+")) {
            String w = word.replaceAll("\\.$", "");
            if (w.length() <= 1 || w.equals(surname) || SUFFIXES.contains(w)) {
                continue;
            }
            String start = w.substring(0, Math.min(3, w.length()));
            if (holderWords.stream().noneMatch(h -> h.startsWith(start))) {
                return false;
            }
        }
        return true;
    }

    /** The family name: the last word, or the first in capitals ("KAMIKAWA Yoko"). */
    private static String surname(String name) {
        List<String> all = new ArrayList<>(List.of(name.strip().replace(",", "").split("\\s+")));
        while (all.size() > 1 && SUFFIXES.contains(all.get(all.size() - 1).toLowerCase(Locale.ROOT))) {
            all.remove(all.size() - 1);
        }
        String[] words = all.toArray(String[]::new);
        for (String w : words) {
            if (w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)) && w.chars().anyMatch(Character::isLetter)) {
                return w.toLowerCase(Locale.ROOT);
            }
        }
        return words[words.length - 1].replaceAll("[,.]$", "").toLowerCase(Locale.ROOT);
    }

    private static int year(String value, int otherwise) {
        String v = value.strip();
        return v.isEmpty() ? otherwise : Integer.parseInt(v);
    }
}
