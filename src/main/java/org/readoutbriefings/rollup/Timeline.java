package org.readoutbriefings.rollup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Items of dated readouts under keys (a country; a country and a topic), each key's list in date order.
 * A later account of the same partners is looked for in the list of the rarest of their keys: the home
 * country's list holds nearly every readout, a partner's a small share of them, and a binary search finds
 * where the window starts. Built once a night, then asked once for each item.
 */
final class Timeline<T> {

    private final Map<String, List<T>> byKey = new HashMap<>();
    private final Function<T, LocalDate> date;
    private final Comparator<T> order;

    /** @param id ties broken by it, so that a night's answers do not depend on reading order */
    Timeline(Function<T, LocalDate> date, Function<T, String> id) {
        this.date = date;
        this.order = Comparator.comparing(date).thenComparing(id);
    }

    void add(String key, T item) {
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
    }

    /** Puts every list in date order; call once, after the last {@link #add}. */
    Timeline<T> sorted() {
        byKey.values().forEach(list -> list.sort(order));
        return this;
    }

    /**
     * The items of the rarest of {@code keys} held after {@code after} and no later than {@code until}, in
     * date order; none when a key has none. The caller checks that each holds every key it needs.
     */
    List<T> between(Collection<String> keys, LocalDate after, LocalDate until) {
        List<T> rarest = null;
        for (String key : keys) {
            List<T> list = byKey.getOrDefault(key, List.of());
            if (rarest == null || list.size() < rarest.size()) {
                rarest = list;
            }
        }
        if (rarest == null || rarest.isEmpty() || until.isBefore(after)) {
            return List.of();
        }
        return rarest.subList(firstAfter(rarest, after), firstAfter(rarest, until));
    }

    /** The index of the first item of a date-sorted list held after {@code day}. */
    private int firstAfter(List<T> byDate, LocalDate day) {
        int low = 0;
        int high = byDate.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (date.apply(byDate.get(mid)).isAfter(day)) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }
}
