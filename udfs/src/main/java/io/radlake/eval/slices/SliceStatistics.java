package io.radlake.eval.slices;

import io.radlake.eval.rouge.AggregateScore;
import io.radlake.eval.rouge.BootstrapAggregator;
import io.radlake.eval.rouge.RougeAggregate;
import io.radlake.eval.rouge.RougeScores;
import io.radlake.eval.rouge.RougeType;
import io.radlake.eval.rouge.Score;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Mean F1 per ROUGE type of one slice group, with {@link BootstrapAggregator}'s interval (same resampling, same
 * numpy-compatible generator and percentiles), the gap to the overall mean, and whether the interval excludes it.
 *
 * <p>Results do not depend on how the examples were ordered or partitioned, so a Spark job can compute each group
 * after a groupBy, in any order: the group's rows are sorted by their scores before resampling (rows with equal
 * scores are interchangeable), and the group's seed is derived from the global seed and the group's key
 * ({@link #seedFor}), not from its position among the groups.
 *
 * <p>Immutable and thread-safe.
 */
public final class SliceStatistics {

    private static final Comparator<RougeScores> BY_VALUES = (a, b) -> {
        for (RougeType type : a.types()) {
            Score x = a.get(type);
            Score y = b.get(type);
            int compared = Double.compare(x.fmeasure(), y.fmeasure());
            if (compared == 0) {
                compared = Double.compare(x.precision(), y.precision());
            }
            if (compared == 0) {
                compared = Double.compare(x.recall(), y.recall());
            }
            if (compared != 0) {
                return compared;
            }
        }
        return 0;
    };

    private final int samples;
    private final double confidence;
    private final long seed;

    /** Arguments as {@link BootstrapAggregator#BootstrapAggregator(int, double, long)}, with the same checks. */
    public SliceStatistics(int samples, double confidence, long seed) {
        new BootstrapAggregator(samples, confidence, seed); // validates
        this.samples = samples;
        this.confidence = confidence;
        this.seed = seed;
    }

    /** 1000 samples, 95% interval. */
    public static SliceStatistics withSeed(long seed) {
        return new SliceStatistics(BootstrapAggregator.DEFAULT_SAMPLES, BootstrapAggregator.DEFAULT_CONFIDENCE, seed);
    }

    /**
     * The bootstrap seed of {@code key}'s group, in numpy's legacy range [0, 2^32 - 1]: a 64-bit FNV-1a hash of
     * the key (length-prefixed UTF-8 names and values, so no two keys share an encoding) started from the global
     * seed, then SplitMix64's finaliser. Stable across JVMs and runs.
     */
    public long seedFor(SliceKey key) {
        long hash = 0xCBF29CE484222325L ^ (seed * 0x9E3779B97F4A7C15L);
        for (int i = 0; i < key.arity(); i++) {
            hash = mix(hash, key.attributes().get(i));
            hash = mix(hash, key.values().get(i));
        }
        hash = (hash ^ (hash >>> 30)) * 0xBF58476D1CE4E5B9L;
        hash = (hash ^ (hash >>> 27)) * 0x94D049BB133111EBL;
        hash ^= hash >>> 31;
        return hash & 0xFFFF_FFFFL;
    }

    /**
     * Mean F1 per ROUGE type over {@code scores} (e.g. the overall means, on the driver), summed in the same
     * score-sorted order as {@link #compute}, so the result is the same bits whatever the input order and the
     * overall row's gap is exactly 0.
     */
    public static Map<RougeType, Double> meanF1(List<RougeScores> scores) {
        Objects.requireNonNull(scores, "scores");
        if (scores.isEmpty()) {
            throw new IllegalArgumentException("scores must hold at least one example, got 0");
        }
        List<RougeScores> sorted = new ArrayList<>(scores);
        sorted.sort(BY_VALUES);
        Map<RougeType, Double> means = new LinkedHashMap<>();
        for (RougeType type : sorted.get(0).types()) {
            double sum = 0;
            for (RougeScores example : sorted) {
                sum += example.get(type).fmeasure();
            }
            means.put(type, sum / scores.size());
        }
        return means;
    }

    /**
     * The row of one group.
     *
     * @param key          the group
     * @param group        the per-example scores of every example in the group, in any order; all with the same
     *                     types
     * @param overallMeans mean F1 per type over the whole population, for every type the scores hold
     * @param plan         the suppression decided from the sizes of every group; a suppressed group's scores are
     *                     not looked at
     */
    public SliceResult compute(SliceKey key, List<RougeScores> group, Map<RougeType, Double> overallMeans,
            SuppressionPlan plan) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(overallMeans, "overallMeans");
        Objects.requireNonNull(plan, "plan");
        if (!plan.keys().contains(key)) {
            throw new IllegalArgumentException("a group of slice " + key.definition().name() + " is not in the "
                    + "suppression plan; plan suppression from the sizes of every group before computing any");
        }
        if (plan.isSuppressed(key)) {
            return SliceResult.suppressed(key, plan.minGroupSize());
        }
        OptionalLong planned = plan.publishedSize(key);
        if (planned.getAsLong() != group.size()) {
            throw new IllegalArgumentException("a group of slice " + key.definition().name() + " holds "
                    + group.size() + " examples but the suppression plan was made with " + planned.getAsLong());
        }
        List<RougeScores> sorted = new ArrayList<>(group);
        sorted.sort(BY_VALUES);
        RougeAggregate aggregate = new BootstrapAggregator(samples, confidence, seedFor(key)).aggregate(sorted);
        Map<RougeType, SliceMetric> metrics = new LinkedHashMap<>();
        for (Map.Entry<RougeType, AggregateScore> entry : aggregate.byType().entrySet()) {
            RougeType type = entry.getKey();
            Double overall = overallMeans.get(type);
            if (overall == null) {
                throw new IllegalArgumentException("overall means lack ROUGE type " + type.key() + "; they hold "
                        + overallMeans.keySet().stream().map(RougeType::key).toList());
            }
            AggregateScore score = entry.getValue();
            double mean = score.mean().fmeasure();
            double low = score.low().fmeasure();
            double high = score.high().fmeasure();
            metrics.put(type, new SliceMetric(type, mean, low, high, mean - overall, overall < low || overall > high));
        }
        return new SliceResult(key, plan.minGroupSize(), OptionalInt.of(group.size()), metrics);
    }

    private static long mix(long hash, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int length = bytes.length;
        for (int shift = 0; shift < 32; shift += 8) {
            hash = (hash ^ ((length >>> shift) & 0xFF)) * 0x100000001B3L;
        }
        for (byte b : bytes) {
            hash = (hash ^ (b & 0xFF)) * 0x100000001B3L;
        }
        return hash;
    }
}
