package io.radlake.eval.summary;

import io.radlake.eval.slices.SliceDefinition;
import io.radlake.eval.slices.SlicePlan;

import java.util.List;
import java.util.Objects;

/**
 * Everything an evaluation computed from the per-example scores, ready for the tables and the report. Numbers only,
 * no text. Suppressed slice groups carry no size and no score.
 *
 * @param examples         examples every model was scored on
 * @param referenceModelId the model the paired differences are taken against
 * @param models           one entry per model, in the order given to the summarizer
 * @param slices           per model, the slice rows in plan order (overall first), models in {@code models} order
 * @param referenceLengths lengths of the reference impressions
 * @param plan             the slices computed
 * @param minGroupSize     k: groups smaller than this (and their complements) are suppressed
 */
public record EvaluationSummary(int examples, String referenceModelId, List<ModelScores> models, List<SliceRow> slices,
        LengthSummary referenceLengths, SlicePlan plan, int minGroupSize) {

    public EvaluationSummary {
        Objects.requireNonNull(referenceModelId, "referenceModelId");
        Objects.requireNonNull(referenceLengths, "referenceLengths");
        Objects.requireNonNull(plan, "plan");
        models = List.copyOf(models);
        slices = List.copyOf(slices);
    }

    public ModelScores model(String modelId) {
        return models.stream().filter(m -> m.modelId().equals(modelId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no model '" + modelId + "' in this evaluation; it has "
                        + models.stream().map(ModelScores::modelId).toList()));
    }

    /** The rows of one model and one slice definition, in group order. */
    public List<SliceRow> slices(String modelId, SliceDefinition definition) {
        return slices.stream().filter(row -> row.modelId().equals(modelId)
                && row.result().key().definition().equals(definition)).toList();
    }
}
