package io.radlake.eval.slices;

import static io.radlake.eval.slices.SliceFixtures.example;
import static io.radlake.eval.slices.SliceFixtures.scores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.radlake.eval.rouge.AggregateScore;
import io.radlake.eval.rouge.BootstrapAggregator;
import io.radlake.eval.rouge.RougeScores;
import io.radlake.eval.rouge.RougeType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SliceStatisticsTest {

    private static final SliceKey CT = SliceKey.of("modality", "CT");

    private static List<RougeScores> group(int size, double center, long seed) {
        Random random = new Random(seed);
        List<RougeScores> group = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            group.add(scores(Math.min(1, Math.max(0, center + 0.15 * random.nextGaussian()))));
        }
        return group;
    }

    private static SuppressionPlan planFor(SliceKey key, int size) {
        return SuppressionPolicy.defaults().plan(Map.of(SliceKey.OVERALL, (long) size, key, (long) size));
    }

    @Test
    void resultDoesNotDependOnTheOrderOfTheExamples() {
        List<RougeScores> group = group(50, 0.4, 1);
        Map<RougeType, Double> overall = Map.of(RougeType.ROUGE_1, 0.5, RougeType.ROUGE_L, 0.25);
        SliceStatistics statistics = SliceStatistics.withSeed(42);
        SliceResult first = statistics.compute(CT, group, overall, planFor(CT, 50));
        for (int shuffle = 0; shuffle < 5; shuffle++) {
            List<RougeScores> shuffled = new ArrayList<>(group);
            Collections.shuffle(shuffled, new Random(shuffle));
            assertThat(statistics.compute(CT, shuffled, overall, planFor(CT, 50))).isEqualTo(first);
        }
        assertThat(first.metric(RougeType.ROUGE_1).ciLow()).isLessThan(first.metric(RougeType.ROUGE_1).ciHigh());
    }

    @Test
    void usesTheBootstrapAggregatorWithTheKeysSeedOnScoreSortedRows() {
        List<RougeScores> group = group(40, 0.4, 2);
        SliceStatistics statistics = SliceStatistics.withSeed(42);
        SliceResult result = statistics.compute(CT, group, Map.of(RougeType.ROUGE_1, 0.5, RougeType.ROUGE_L, 0.25),
                planFor(CT, 40));

        List<RougeScores> sorted = new ArrayList<>(group);
        sorted.sort((a, b) -> Double.compare(a.get(RougeType.ROUGE_1).fmeasure(), b.get(RougeType.ROUGE_1).fmeasure()));
        AggregateScore expected = BootstrapAggregator.withSeed(statistics.seedFor(CT)).aggregate(sorted)
                .get(RougeType.ROUGE_1);
        SliceMetric metric = result.metric(RougeType.ROUGE_1);
        assertThat(metric.mean()).isEqualTo(expected.mean().fmeasure());
        assertThat(metric.ciLow()).isEqualTo(expected.low().fmeasure());
        assertThat(metric.ciHigh()).isEqualTo(expected.high().fmeasure());
        assertThat(metric.gap()).isCloseTo(expected.mean().fmeasure() - 0.5, within(1e-15));
    }

    @Test
    void groupSeedsDependOnTheGlobalSeedAndTheKeyOnly() {
        SliceStatistics statistics = SliceStatistics.withSeed(42);
        List<SliceKey> keys = List.of(SliceKey.OVERALL, CT, SliceKey.of("modality", "MR"),
                SliceKey.of("body_part", "CT"), SliceKey.of("modality", "CT", "patient_sex", "F"),
                SliceKey.of("modality", "CTp", "atient_sex", "F"));
        Set<Long> seeds = new HashSet<>();
        for (SliceKey key : keys) {
            long seed = statistics.seedFor(key);
            assertThat(seed).isBetween(0L, 0xFFFF_FFFFL);
            assertThat(SliceStatistics.withSeed(42).seedFor(new SliceKey(key.attributes(), key.values())))
                    .isEqualTo(seed);
            seeds.add(seed);
        }
        assertThat(seeds).hasSize(keys.size());
        assertThat(SliceStatistics.withSeed(43).seedFor(CT)).isNotEqualTo(statistics.seedFor(CT));
    }

    @Test
    void flagsAClearlyWorseGroupAndNotAGroupAtTheOverallMean() {
        List<SlicedExample> examples = new ArrayList<>();
        Random random = new Random(3);
        for (int i = 0; i < 60; i++) {
            double good = 0.6 + 0.1 * random.nextGaussian();
            // Every score appears once per sex, so both sexes sit exactly at the overall mean.
            examples.add(example(good, "modality", "MR", "patient_sex", "F"));
            examples.add(example(good, "modality", "MR", "patient_sex", "M"));
        }
        for (int i = 0; i < 30; i++) {
            double poor = 0.2 + 0.1 * random.nextGaussian();
            examples.add(example(poor, "modality", "CT", "patient_sex", "F"));
            examples.add(example(poor, "modality", "CT", "patient_sex", "M"));
        }
        List<SliceResult> results = new SliceEvaluator(SlicePlan.of(List.of("modality", "patient_sex"), List.of()),
                SuppressionPolicy.defaults(), SliceStatistics.withSeed(1)).evaluate(examples);

        SliceMetric ct = find(results, CT).metric(RougeType.ROUGE_1);
        assertThat(ct.ciExcludesOverall()).isTrue();
        assertThat(ct.gap()).isLessThan(-0.2);
        assertThat(ct.ciHigh()).isLessThan(find(results, SliceKey.OVERALL).metric(RougeType.ROUGE_1).mean());
        SliceMetric female = find(results, SliceKey.of("patient_sex", "F")).metric(RougeType.ROUGE_1);
        assertThat(female.gap()).isCloseTo(0, within(1e-12));
        assertThat(female.ciExcludesOverall()).isFalse();
        SliceMetric overall = find(results, SliceKey.OVERALL).metric(RougeType.ROUGE_1);
        assertThat(overall.gap()).isZero();
        assertThat(overall.ciExcludesOverall()).isFalse();
    }

    @Test
    void refusesGroupsThatDisagreeWithThePlanAndSkipsSuppressedOnes() {
        SliceStatistics statistics = SliceStatistics.withSeed(0);
        Map<RougeType, Double> overall = Map.of(RougeType.ROUGE_1, 0.5, RougeType.ROUGE_L, 0.25);
        assertThatThrownBy(() -> statistics.compute(CT, group(30, 0.5, 4), overall, planFor(CT, 31)))
                .hasMessage("a group of slice modality holds 30 examples but the suppression plan was made with 31");
        assertThatThrownBy(() -> statistics.compute(SliceKey.of("modality", "MR"), group(30, 0.5, 4), overall,
                planFor(CT, 30))).hasMessageContaining("is not in the suppression plan");
        assertThatThrownBy(() -> statistics.compute(CT, group(30, 0.5, 4), Map.of(RougeType.ROUGE_1, 0.5),
                planFor(CT, 30))).hasMessage("overall means lack ROUGE type rougeL; they hold [rouge1]");
        SuppressionPlan small = planFor(CT, 5);
        assertThat(statistics.compute(CT, List.of(), overall, small))
                .isEqualTo(SliceResult.suppressed(CT, 20));
    }

    @Test
    void rejectsBootstrapSettingsLikeTheAggregator() {
        assertThatThrownBy(() -> new SliceStatistics(0, 0.95, 1)).hasMessage("samples must be >= 1, got: 0");
        assertThatThrownBy(() -> new SliceStatistics(10, 0.95, -1)).hasMessageContaining("seed must be in");
    }

    private static SliceResult find(List<SliceResult> results, SliceKey key) {
        return results.stream().filter(result -> result.key().equals(key)).findFirst().orElseThrow();
    }
}
