package io.radlake.eval.summary;

import io.radlake.eval.rouge.DifferenceInterval;
import io.radlake.eval.rouge.RougeAggregate;
import io.radlake.eval.rouge.RougeType;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Corpus-level result of one model.
 *
 * @param model            the model
 * @param corpus           rouge-score's aggregation over every example (mean, bootstrap low / mid / high of
 *                         precision, recall and F1 per type)
 * @param vsReference      F1 of this model minus F1 of the reference model, paired by example, per type; empty for
 *                         the reference model itself
 * @param generatedLengths lengths of this model's predictions
 */
public record ModelScores(ModelInfo model, RougeAggregate corpus, Map<RougeType, DifferenceInterval> vsReference,
        LengthSummary generatedLengths) {

    public ModelScores {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(generatedLengths, "generatedLengths");
        vsReference = Collections.unmodifiableMap(new LinkedHashMap<>(vsReference));
    }

    public String modelId() {
        return model.modelId();
    }

    /** The paired difference to the reference model for {@code type}; empty for the reference itself. */
    public Optional<DifferenceInterval> difference(RougeType type) {
        return Optional.ofNullable(vsReference.get(type));
    }
}
