package io.radlake.eval.slices;

import java.io.Serializable;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which groups {@link SuppressionPolicy} withholds, for one set of group sizes. Immutable; small (one entry per
 * group), so it can be broadcast to executors.
 */
public final class SuppressionPlan implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int minGroupSize;
    private final Map<SliceKey, Long> sizes;
    private final Set<SliceKey> suppressed;

    SuppressionPlan(int minGroupSize, Map<SliceKey, Long> sizes, Set<SliceKey> suppressed) {
        this.minGroupSize = minGroupSize;
        this.sizes = Collections.unmodifiableMap(new TreeMap<>(sizes));
        this.suppressed = Collections.unmodifiableSet(new HashSet<>(suppressed));
    }

    public int minGroupSize() {
        return minGroupSize;
    }

    /** True when {@code key} was planned and may be shown. */
    public boolean isPublished(SliceKey key) {
        return sizes.containsKey(key) && !suppressed.contains(key);
    }

    /** True when {@code key} was planned and is withheld. */
    public boolean isSuppressed(SliceKey key) {
        return sizes.containsKey(key) && suppressed.contains(key);
    }

    /** The planned size of a published group; empty when suppressed or not planned. */
    public OptionalLong publishedSize(SliceKey key) {
        return isPublished(key) ? OptionalLong.of(sizes.get(key)) : OptionalLong.empty();
    }

    /** Every planned key, in {@link SliceKey} order. */
    public Set<SliceKey> keys() {
        return sizes.keySet();
    }

    /** What a suppressed group shows instead of its size. */
    public String label() {
        return "<" + minGroupSize;
    }
}
