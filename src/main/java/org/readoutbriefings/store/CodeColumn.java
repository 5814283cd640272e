package org.readoutbriefings.store;

import java.util.Collection;
import java.util.List;

/**
 * Country codes kept as one column rather than as rows of their own: ISO codes, sorted, distinct and
 * space-separated ({@code 'CN US'}). The actors of a commitment or follow-up (V12) and the countries of a
 * readout (V14) are stored so.
 */
public final class CodeColumn {

    private CodeColumn() {
    }

    public static String join(Collection<String> codes) {
        return String.join(" ", codes.stream().sorted().distinct().toList());
    }

    public static List<String> split(String stored) {
        return stored == null || stored.isBlank() ? List.of() : List.of(stored.strip().split(" "));
    }
}
