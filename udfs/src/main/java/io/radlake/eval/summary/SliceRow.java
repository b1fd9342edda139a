package io.radlake.eval.summary;

import io.radlake.eval.rouge.RougeType;
import io.radlake.eval.slices.SliceResult;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One model's row of the slice table: the group's {@link SliceResult} and, per type, the gap to the best published
 * group of the same slice (mean F1 minus the highest group mean; 0 for the best group, negative for the others).
 * A suppressed group has no gaps.
 */
public record SliceRow(String modelId, SliceResult result, Map<RougeType, Double> gapToBest) {

    public SliceRow {
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(result, "result");
        gapToBest = Collections.unmodifiableMap(new LinkedHashMap<>(gapToBest));
        if (result.suppressed() && !gapToBest.isEmpty()) {
            throw new IllegalArgumentException("a suppressed slice group must carry no gap to the best group");
        }
    }

    public Optional<Double> gapToBest(RougeType type) {
        return Optional.ofNullable(gapToBest.get(type));
    }
}
