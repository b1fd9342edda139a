package io.radlake.eval.slices;

import io.radlake.eval.rouge.RougeScores;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One evaluated example for {@link SliceEvaluator}: its slice attribute values (null allowed, meaning
 * {@link SliceKey#UNKNOWN}) and its ROUGE scores.
 */
public record SlicedExample(Map<String, String> attributes, RougeScores scores) {

    public SlicedExample {
        Objects.requireNonNull(attributes, "attributes");
        Objects.requireNonNull(scores, "scores");
        // HashMap, not Map.copyOf: a null value is legal (unknown).
        attributes = Collections.unmodifiableMap(new HashMap<>(attributes));
    }
}
