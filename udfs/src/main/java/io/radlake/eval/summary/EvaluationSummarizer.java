package io.radlake.eval.summary;

import io.radlake.eval.rouge.BootstrapAggregator;
import io.radlake.eval.rouge.DifferenceInterval;
import io.radlake.eval.rouge.PairedBootstrap;
import io.radlake.eval.rouge.RougeScores;
import io.radlake.eval.rouge.RougeType;
import io.radlake.eval.slices.SliceEvaluator;
import io.radlake.eval.slices.SliceMetric;
import io.radlake.eval.slices.SlicePlan;
import io.radlake.eval.slices.SliceResult;
import io.radlake.eval.slices.SliceStatistics;
import io.radlake.eval.slices.SlicedExample;
import io.radlake.eval.slices.SuppressionPolicy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Turns per-example scores of several models into an {@link EvaluationSummary}, on the driver:
 * <ul>
 *   <li>per model, rouge-score's {@link BootstrapAggregator} over the examples in example_key order (so the interval
 *       does not depend on how Spark partitioned them, and equals rouge-score's for the same order and seed);</li>
 *   <li>per model other than the reference, the {@link PairedBootstrap} F1 difference to the reference model;</li>
 *   <li>per model, the slice table of {@link SliceEvaluator} (suppression from group sizes only: every model is scored
 *       on the same examples with the same attributes, so every model gets the same suppressed groups), plus each
 *       published group's gap to the best group of its slice;</li>
 *   <li>length histograms of the references and of each model's predictions.</li>
 * </ul>
 * Every model must have been scored on the same examples, and there must be at least {@code minGroupSize} of them:
 * a corpus score over fewer would publish a number about fewer examples than any slice may describe.
 *
 * <p>Cost: per model, {@code samples x examples x types} draws for the corpus interval, about as many again for
 * the paired difference, and as many per slice definition; memory: the scores of every example.
 */
public final class EvaluationSummarizer {

    private final SlicePlan plan;
    private final SuppressionPolicy policy;
    private final int samples;
    private final double confidence;
    private final long seed;

    /** Bootstrap arguments as {@link BootstrapAggregator#BootstrapAggregator(int, double, long)}. */
    public EvaluationSummarizer(SlicePlan plan, SuppressionPolicy policy, int samples, double confidence, long seed) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.policy = Objects.requireNonNull(policy, "policy");
        new BootstrapAggregator(samples, confidence, seed); // validates
        this.samples = samples;
        this.confidence = confidence;
        this.seed = seed;
    }

    /**
     * @param models           the models, in report order; each must have scores for the same examples
     * @param referenceModelId one of {@code models}: the paired differences are taken against it
     * @param examples         one scored example per (model, example key), any order
     */
    public EvaluationSummary summarize(List<ModelInfo> models, String referenceModelId, List<ScoredExample> examples) {
        Objects.requireNonNull(models, "models");
        Objects.requireNonNull(referenceModelId, "referenceModelId");
        Objects.requireNonNull(examples, "examples");
        if (models.isEmpty()) {
            throw new IllegalArgumentException("an evaluation needs at least one model, got none");
        }
        Map<String, TreeMap<String, ScoredExample>> byModel = byModelAndKey(models, examples);
        if (!byModel.containsKey(referenceModelId)) {
            throw new IllegalArgumentException("the reference model '" + referenceModelId
                    + "' is not one of the evaluated models " + byModel.keySet());
        }
        TreeMap<String, ScoredExample> reference = byModel.get(referenceModelId);
        Map<String, Map<String, String>> attributes = sameExamplesAndAttributes(byModel, referenceModelId);
        int n = reference.size();
        if (n < policy.minGroupSize()) {
            throw new IllegalArgumentException("the models were scored on " + n + " examples, fewer than the minimum"
                    + " group size " + policy.minGroupSize() + ": no published number may describe fewer examples;"
                    + " evaluate more examples or lower --min-group-size");
        }

        BootstrapAggregator aggregator = new BootstrapAggregator(samples, confidence, seed);
        PairedBootstrap paired = new PairedBootstrap(samples, confidence, seed);
        SliceEvaluator slicer = new SliceEvaluator(plan, policy, new SliceStatistics(samples, confidence, seed));
        List<RougeScores> referenceScores = scoresInKeyOrder(reference);
        List<ModelScores> modelScores = new ArrayList<>();
        List<SliceRow> sliceRows = new ArrayList<>();
        for (ModelInfo model : models) {
            TreeMap<String, ScoredExample> scored = byModel.get(model.modelId());
            List<RougeScores> scores = scoresInKeyOrder(scored);
            Map<RougeType, DifferenceInterval> difference = model.modelId().equals(referenceModelId)
                    ? Map.of()
                    : paired.compare(scores, referenceScores);
            modelScores.add(new ModelScores(model, aggregator.aggregate(scores), difference,
                    LengthSummary.of(scored.values().stream().mapToInt(ScoredExample::generatedTokens).toArray())));
            List<SlicedExample> sliced = new ArrayList<>(n);
            for (ScoredExample example : scored.values()) {
                sliced.add(new SlicedExample(attributes.get(example.exampleKey()), example.scores()));
            }
            sliceRows.addAll(withGapsToBest(model.modelId(), slicer.evaluate(sliced)));
        }
        LengthSummary referenceLengths =
                LengthSummary.of(reference.values().stream().mapToInt(ScoredExample::referenceTokens).toArray());
        return new EvaluationSummary(n, referenceModelId, modelScores, sliceRows, referenceLengths, plan,
                policy.minGroupSize());
    }

    private static Map<String, TreeMap<String, ScoredExample>> byModelAndKey(List<ModelInfo> models,
            List<ScoredExample> examples) {
        Map<String, TreeMap<String, ScoredExample>> byModel = new LinkedHashMap<>();
        for (ModelInfo model : models) {
            if (byModel.put(model.modelId(), new TreeMap<>()) != null) {
                throw new IllegalArgumentException("model '" + model.modelId() + "' is named twice");
            }
        }
        for (ScoredExample example : examples) {
            TreeMap<String, ScoredExample> scored = byModel.get(example.modelId());
            if (scored == null) {
                throw new IllegalArgumentException("a scored example names model '" + example.modelId()
                        + "', which is not one of " + byModel.keySet());
            }
            if (scored.put(example.exampleKey(), example) != null) {
                throw new IllegalArgumentException("model '" + example.modelId() + "' has example "
                        + example.exampleKey() + " twice; one prediction per (model, example) is expected");
            }
        }
        return byModel;
    }

    /** Example key to attributes, after checking every model has the same keys with the same attributes. */
    private static Map<String, Map<String, String>> sameExamplesAndAttributes(
            Map<String, TreeMap<String, ScoredExample>> byModel, String referenceModelId) {
        TreeMap<String, ScoredExample> reference = byModel.get(referenceModelId);
        Map<String, Map<String, String>> attributes = new HashMap<>();
        reference.forEach((key, example) -> attributes.put(key, example.attributes()));
        byModel.forEach((modelId, scored) -> {
            if (!scored.keySet().equals(reference.keySet())) {
                throw new IllegalArgumentException("models must be scored on the same examples: '" + modelId + "' has "
                        + scored.size() + ", '" + referenceModelId + "' has " + reference.size()
                        + " (or other keys); compare models only on examples every one of them predicted");
            }
            scored.forEach((key, example) -> {
                if (!example.attributes().equals(attributes.get(key))) {
                    throw new IllegalArgumentException("example " + key + " has other slice attributes for model '"
                            + modelId + "' than for '" + referenceModelId + "'; attributes belong to the example");
                }
            });
        });
        return attributes;
    }

    private static List<RougeScores> scoresInKeyOrder(TreeMap<String, ScoredExample> scored) {
        List<RougeScores> scores = new ArrayList<>(scored.size());
        scored.values().forEach(example -> scores.add(example.scores()));
        return scores;
    }

    /** Adds, per published group, mean F1 minus the best published mean of its slice definition, per type. */
    static List<SliceRow> withGapsToBest(String modelId, List<SliceResult> results) {
        Map<List<String>, Map<RougeType, Double>> best = new HashMap<>();
        for (SliceResult result : results) {
            if (!result.suppressed()) {
                Map<RougeType, Double> bestOfSlice =
                        best.computeIfAbsent(result.key().attributes(), ignored -> new HashMap<>());
                for (SliceMetric metric : result.metrics().values()) {
                    bestOfSlice.merge(metric.type(), metric.mean(), Math::max);
                }
            }
        }
        List<SliceRow> rows = new ArrayList<>(results.size());
        for (SliceResult result : results) {
            Map<RougeType, Double> gaps = new LinkedHashMap<>();
            if (!result.suppressed()) {
                Map<RougeType, Double> bestOfSlice = best.get(result.key().attributes());
                for (SliceMetric metric : result.metrics().values()) {
                    gaps.put(metric.type(), metric.mean() - bestOfSlice.get(metric.type()));
                }
            }
            rows.add(new SliceRow(modelId, result, gaps));
        }
        return rows;
    }
}
