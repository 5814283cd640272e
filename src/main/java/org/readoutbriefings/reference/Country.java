package org.readoutbriefings.reference;

import java.util.List;

/** One ISO 3166-1 entry with the names people use for it. */
public record Country(String alpha2, String alpha3, String name, List<String> aliases, List<String> demonyms,
                      List<String> capitals) {

    public Country {
        aliases = List.copyOf(aliases);
        demonyms = List.copyOf(demonyms);
        capitals = List.copyOf(capitals);
    }
}
