package io.radlake.eval.slices;

import static io.radlake.eval.slices.SliceFixtures.example;
import static org.assertj.core.api.Assertions.assertThat;

import io.radlake.eval.rouge.RougeScores;
import io.radlake.eval.rouge.RougeType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class SliceEvaluatorTest {

    private static final SlicePlan PLAN = SlicePlan.of(List.of("modality", "patient_sex"),
            List.of(List.of("modality", "patient_sex")));

    private static List<SlicedExample> examples() {
        Random random = new Random(11);
        List<SlicedExample> examples = new ArrayList<>();
        String[][] cells = {{"CT", "F", "30"}, {"CT", "M", "25"}, {"MR", "F", "22"}, {"MR", "M", "40"}};
        for (String[] cell : cells) {
            for (int i = 0; i < Integer.parseInt(cell[2]); i++) {
                examples.add(example(random.nextDouble(), "modality", cell[0], "patient_sex", cell[1]));
            }
        }
        return examples;
    }

    @Test
    void reportsOverallOneWayAndTwoWaySlicesInPlanOrder() {
        List<SliceResult> results = new SliceEvaluator(PLAN, SuppressionPolicy.defaults(),
                SliceStatistics.withSeed(5)).evaluate(examples());
        assertThat(results).extracting(result -> result.key().display() + " " + result.sizeLabel()).containsExactly(
                "overall 117", "modality=CT 55", "modality=MR 62", "patient_sex=F 52", "patient_sex=M 65",
                "modality=CT x patient_sex=F 30", "modality=CT x patient_sex=M 25",
                "modality=MR x patient_sex=F 22", "modality=MR x patient_sex=M 40");
        assertThat(results).allSatisfy(result -> assertThat(result.metrics().keySet())
                .containsExactly(RougeType.ROUGE_1, RougeType.ROUGE_L));
    }

    @Test
    void aGroupsResultDoesNotDependOnExampleOrderOrOnTheOtherGroups() {
        List<SlicedExample> examples = examples();
        SliceEvaluator evaluator = new SliceEvaluator(PLAN, SuppressionPolicy.defaults(), SliceStatistics.withSeed(5));
        List<SliceResult> first = evaluator.evaluate(examples);
        List<SlicedExample> shuffled = new ArrayList<>(examples);
        Collections.shuffle(shuffled, new Random(99));
        assertThat(evaluator.evaluate(shuffled)).isEqualTo(first);

        // The CT x F group computed alone, as an executor would after a groupBy, equals its row in the table.
        SliceKey cell = SliceKey.of("modality", "CT", "patient_sex", "F");
        List<RougeScores> group = new ArrayList<>();
        List<RougeScores> all = new ArrayList<>();
        for (SlicedExample example : shuffled) {
            all.add(example.scores());
            if (PLAN.keysOf(example.attributes()).contains(cell)) {
                group.add(example.scores());
            }
        }
        java.util.Map<SliceKey, Long> sizes = new java.util.HashMap<>();
        for (SlicedExample example : examples) {
            for (SliceKey key : PLAN.keysOf(example.attributes())) {
                sizes.merge(key, 1L, Long::sum);
            }
        }
        SliceResult alone = SliceStatistics.withSeed(5).compute(cell, group, SliceStatistics.meanF1(all),
                SuppressionPolicy.defaults().plan(sizes));
        assertThat(first).contains(alone);
    }

    @Test
    void aSmallTwoWayCellIsWithheldWithItsComplements() {
        // CT x M shrinks from 25 to 10 examples.
        List<SlicedExample> examples = new ArrayList<>();
        int ctMale = 0;
        for (SlicedExample example : examples()) {
            boolean isCtMale = example.attributes().get("modality").equals("CT")
                    && example.attributes().get("patient_sex").equals("M");
            if (!isCtMale || ctMale++ < 10) {
                examples.add(example);
            }
        }
        List<SliceResult> results = new SliceEvaluator(PLAN, SuppressionPolicy.defaults(),
                SliceStatistics.withSeed(5)).evaluate(examples);
        assertThat(results).filteredOn(result -> result.key().arity() == 2)
                .extracting(SliceResult::sizeLabel).containsOnly("<20");
        assertThat(results).filteredOn(result -> result.key().arity() < 2)
                .allSatisfy(result -> assertThat(result.suppressed()).isFalse());
    }
}
