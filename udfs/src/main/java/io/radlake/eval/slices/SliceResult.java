package io.radlake.eval.slices;

import io.radlake.eval.rouge.RougeType;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One row of the slice table. A suppressed row carries its key and nothing else: no size, no metric (the size
 * column shows {@link #sizeLabel()}, e.g. "&lt;20"). A published row has n >= minGroupSize and one
 * {@link SliceMetric} per ROUGE type; the constructor refuses anything else, so a small group cannot be published
 * by mistake.
 *
 * @param key          the group
 * @param minGroupSize k of the {@link SuppressionPolicy} the row was made under
 * @param n            the group's size; empty when suppressed
 * @param metrics      per ROUGE type, in the scores' type order; empty when suppressed
 */
public record SliceResult(SliceKey key, int minGroupSize, OptionalInt n, Map<RougeType, SliceMetric> metrics) {

    public SliceResult {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(n, "n");
        Objects.requireNonNull(metrics, "metrics");
        if (minGroupSize < 1) {
            throw new IllegalArgumentException("minGroupSize must be >= 1, got: " + minGroupSize);
        }
        if (n.isEmpty() && !metrics.isEmpty()) {
            throw new IllegalArgumentException("a suppressed slice group must carry no metrics");
        }
        if (n.isPresent()) {
            if (n.getAsInt() < minGroupSize) {
                throw new IllegalArgumentException("a published slice group needs n >= " + minGroupSize
                        + " (the minimum group size), got a smaller one for slice " + key.definition().name());
            }
            if (metrics.isEmpty()) {
                throw new IllegalArgumentException("a published slice group needs at least one metric");
            }
        }
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    /** The row of a withheld group. */
    public static SliceResult suppressed(SliceKey key, int minGroupSize) {
        return new SliceResult(key, minGroupSize, OptionalInt.empty(), Map.of());
    }

    public boolean suppressed() {
        return n.isEmpty();
    }

    /** The size column: n, or "&lt;k" when suppressed. */
    public String sizeLabel() {
        return n.isPresent() ? Integer.toString(n.getAsInt()) : "<" + minGroupSize;
    }

    /** The metric of {@code type}; throws for a suppressed row or a type that was not scored. */
    public SliceMetric metric(RougeType type) {
        if (suppressed()) {
            throw new IllegalStateException("slice group is suppressed (" + sizeLabel() + "); it has no metrics");
        }
        SliceMetric metric = metrics.get(type);
        if (metric == null) {
            throw new IllegalArgumentException("ROUGE type " + type.key() + " was not scored, scored: "
                    + metrics.keySet());
        }
        return metric;
    }
}
