package io.radlake.eval.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.radlake.eval.rouge.BootstrapAggregator;
import io.radlake.eval.rouge.DifferenceInterval;
import io.radlake.eval.rouge.PairedBootstrap;
import io.radlake.eval.rouge.RougeScores;
import io.radlake.eval.rouge.RougeType;
import io.radlake.eval.slices.SliceKey;
import io.radlake.eval.slices.SlicePlan;
import io.radlake.eval.slices.SuppressionPolicy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class EvaluationSummarizerTest {
    private static final SlicePlan PLAN = SlicePlan.of(List.of("patient_sex", "modality", StudyClass.ATTRIBUTE),
            List.of(List.of("modality", "patient_sex")));
    private static final EvaluationSummarizer SUMMARIZER =
            new EvaluationSummarizer(PLAN, SuppressionPolicy.defaults(), 200, 0.95, 3);

    private static EvaluationSummary summary(List<ScoredExample> examples) {
        return SUMMARIZER.summarize(SummaryFixtures.MODELS, "baseline:constant", examples);
    }

    @Test
    void corpusScoresAreRougeScoresAggregationInExampleKeyOrderWhateverTheInputOrder() {
        List<ScoredExample> examples = SummaryFixtures.examples();
        List<ScoredExample> shuffled = new ArrayList<>(examples);
        Collections.shuffle(shuffled, new Random(1));
        EvaluationSummary summary = summary(shuffled);
        assertThat(summary).isEqualTo(summary(examples));

        List<RougeScores> modelA = examples.stream().filter(e -> e.modelId().equals("model-a"))
                .sorted(Comparator.comparing(ScoredExample::exampleKey)).map(ScoredExample::scores).toList();
        assertThat(summary.model("model-a").corpus()).isEqualTo(new BootstrapAggregator(200, 0.95, 3).aggregate(modelA));
        assertThat(summary.examples()).isEqualTo(120);
        assertThat(summary.model("copy").corpus().byType().values()).allSatisfy(score -> {
            assertThat(score.mean().fmeasure()).isEqualTo(1.0);
            assertThat(score.low().fmeasure()).isEqualTo(1.0);
            assertThat(score.high().fmeasure()).isEqualTo(1.0);
        });
    }

    @Test
    void pairedDifferencesAreTakenAgainstTheReferenceModelOnly() {
        List<ScoredExample> examples = SummaryFixtures.examples();
        EvaluationSummary summary = summary(examples);
        assertThat(summary.model("baseline:constant").vsReference()).isEmpty();
        List<RougeScores> copy = inKeyOrder(examples, "copy");
        List<RougeScores> constant = inKeyOrder(examples, "baseline:constant");
        assertThat(summary.model("copy").vsReference())
                .isEqualTo(new PairedBootstrap(200, 0.95, 3).compare(copy, constant));
        DifferenceInterval l = summary.model("copy").difference(RougeType.ROUGE_L).orElseThrow();
        assertThat(l.excludesZero()).isTrue();
        assertThat(l.mean()).isPositive();
    }

    @Test
    void everyModelGetsTheSameSuppressedGroupsAndPublishedGroupsHaveAGapToTheBest() {
        EvaluationSummary summary = summary(SummaryFixtures.examples());
        List<String> suppressed = summary.slices().stream().filter(r -> r.result().suppressed())
                .map(r -> r.modelId() + " " + r.result().key().display()).toList();
        for (ModelInfo model : SummaryFixtures.MODELS) {
            // U (10) is small; M (50) is withheld with it, else U = overall - F - M.
            assertThat(suppressed).contains(model.modelId() + " patient_sex=U", model.modelId() + " patient_sex=M");
            assertThat(suppressed).doesNotContain(model.modelId() + " patient_sex=F", model.modelId() + " overall");
        }
        assertThat(suppressed.size() % SummaryFixtures.MODELS.size()).isZero();
        for (SliceRow row : summary.slices()) {
            if (row.result().suppressed()) {
                assertThat(row.gapToBest()).isEmpty();
            } else {
                assertThat(row.gapToBest(RougeType.ROUGE_L).orElseThrow()).isLessThanOrEqualTo(0.0);
            }
        }
        List<SliceRow> modality = summary.slices("model-a", SliceKey.of("modality", "CT").definition());
        double best = modality.stream().mapToDouble(r -> r.result().metric(RougeType.ROUGE_L).mean()).max()
                .orElseThrow();
        assertThat(modality).allSatisfy(r -> assertThat(r.gapToBest(RougeType.ROUGE_L).orElseThrow())
                .isEqualTo(r.result().metric(RougeType.ROUGE_L).mean() - best));
        assertThat(modality).anySatisfy(r -> assertThat(r.gapToBest(RougeType.ROUGE_L)).contains(0.0));
    }

    @Test
    void lengthsAreCountedPerModelAndForTheReferences() {
        EvaluationSummary summary = summary(SummaryFixtures.examples());
        assertThat(summary.model("baseline:constant").generatedLengths().mean()).isEqualTo(4.0);
        assertThat(summary.model("copy").generatedLengths()).isEqualTo(summary.referenceLengths());
        assertThat(summary.referenceLengths().histogram().total()).isEqualTo(120);
    }

    @Test
    void refusesModelsScoredOnDifferentExamplesAndTooFewExamples() {
        List<ScoredExample> examples = new ArrayList<>(SummaryFixtures.examples());
        examples.remove(examples.size() - 1);
        assertThatThrownBy(() -> summary(examples)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("models must be scored on the same examples");
        EvaluationSummarizer strict = new EvaluationSummarizer(PLAN, new SuppressionPolicy(500), 10, 0.95, 3);
        assertThatThrownBy(() -> strict.summarize(SummaryFixtures.MODELS, "copy", SummaryFixtures.examples()))
                .hasMessageContaining("scored on 120 examples, fewer than the minimum group size 500");
        assertThatThrownBy(() -> SUMMARIZER.summarize(SummaryFixtures.MODELS, "nope", SummaryFixtures.examples()))
                .hasMessageContaining("the reference model 'nope' is not one of the evaluated models");
    }

    private static List<RougeScores> inKeyOrder(List<ScoredExample> examples, String model) {
        return examples.stream().filter(e -> e.modelId().equals(model))
                .sorted(Comparator.comparing(ScoredExample::exampleKey)).map(ScoredExample::scores).toList();
    }
}
