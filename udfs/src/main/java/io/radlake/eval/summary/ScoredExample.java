package io.radlake.eval.summary;

import io.radlake.eval.rouge.RougeScores;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One model's prediction for one example, scored against the reference: what the executors send to the driver.
 * Holds no text.
 *
 * @param modelId         the model
 * @param exampleKey      the example (gold.instruct_pairs.example_key)
 * @param scores          ROUGE of the prediction against the reference
 * @param attributes      the example's slice attribute values (a null value means unknown); the same for every model
 * @param referenceTokens tokens of the reference, as the ROUGE tokenizer splits it (unstemmed)
 * @param generatedTokens tokens of the prediction, the same way
 */
public record ScoredExample(String modelId, String exampleKey, RougeScores scores, Map<String, String> attributes,
        int referenceTokens, int generatedTokens) {

    public ScoredExample {
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(exampleKey, "exampleKey");
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(attributes, "attributes");
        if (referenceTokens < 0 || generatedTokens < 0) {
            throw new IllegalArgumentException("token counts must be >= 0, got " + referenceTokens + " and "
                    + generatedTokens);
        }
        // HashMap, not Map.copyOf: a null value is legal (unknown).
        attributes = Collections.unmodifiableMap(new HashMap<>(attributes));
    }
}
