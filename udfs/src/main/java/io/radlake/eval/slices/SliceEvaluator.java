package io.radlake.eval.slices;

import io.radlake.eval.rouge.RougeScores;
import io.radlake.eval.rouge.RougeType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The whole slice table for examples held in memory (on the driver, or in tests), in the same three steps a Spark
 * job runs distributed: count every group, plan suppression from the counts, then compute each published group.
 */
public final class SliceEvaluator {

    private final SlicePlan plan;
    private final SuppressionPolicy policy;
    private final SliceStatistics statistics;

    public SliceEvaluator(SlicePlan plan, SuppressionPolicy policy, SliceStatistics statistics) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.statistics = Objects.requireNonNull(statistics, "statistics");
    }

    /**
     * One row per group: overall first, then each definition of the plan in order, its groups sorted by value.
     * Suppressed groups are rows too (without numbers), so the table shows that they exist.
     */
    public List<SliceResult> evaluate(List<SlicedExample> examples) {
        Objects.requireNonNull(examples, "examples");
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("examples must hold at least one example, got 0");
        }
        Map<SliceKey, List<RougeScores>> groups = new TreeMap<>();
        List<RougeScores> all = new ArrayList<>(examples.size());
        for (SlicedExample example : examples) {
            all.add(example.scores());
            for (SliceKey key : plan.keysOf(example.attributes())) {
                groups.computeIfAbsent(key, ignored -> new ArrayList<>()).add(example.scores());
            }
        }
        Map<SliceKey, Long> sizes = new LinkedHashMap<>();
        groups.forEach((key, scores) -> sizes.put(key, (long) scores.size()));
        SuppressionPlan suppression = policy.plan(sizes);
        Map<RougeType, Double> overallMeans = SliceStatistics.meanF1(all);
        List<SliceResult> results = new ArrayList<>(groups.size());
        for (SliceDefinition definition : plan.definitions()) {
            for (Map.Entry<SliceKey, List<RougeScores>> group : groups.entrySet()) {
                if (group.getKey().attributes().equals(definition.attributes())) {
                    results.add(statistics.compute(group.getKey(), group.getValue(), overallMeans, suppression));
                }
            }
        }
        return results;
    }
}
