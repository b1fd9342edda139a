package io.radlake.dataset.export;

import java.util.Comparator;
import java.util.List;

/**
 * The order splits are listed in by the manifest and the card: train, validation, test first (the order people read
 * them in), then any other split names alphabetically. Fixed, so output never depends on map iteration order.
 */
public final class SplitOrder {

    private static final List<String> KNOWN = List.of("train", "validation", "test");

    /** Compares split names in the documented order. */
    public static final Comparator<String> COMPARATOR = Comparator
            .comparingInt((String s) -> KNOWN.contains(s) ? KNOWN.indexOf(s) : KNOWN.size())
            .thenComparing(Comparator.naturalOrder());

    private SplitOrder() {}
}
