package io.radlake.eval.rouge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class PairedBootstrapTest {
    private static final RougeScorer SCORER = RougeScorer.builder().metrics(RougeType.ROUGE_1, RougeType.ROUGE_L)
            .useStemmer(true).build();

    private static List<RougeScores> scores(long seed, int n) {
        Random random = new Random(seed);
        String[] words = {"no", "acute", "effusion", "small", "nodule", "right", "lung", "stable"};
        List<RougeScores> scores = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder reference = new StringBuilder();
            StringBuilder prediction = new StringBuilder();
            for (int w = 0; w < 6; w++) {
                reference.append(words[random.nextInt(words.length)]).append(' ');
                prediction.append(words[random.nextInt(words.length)]).append(' ');
            }
            scores.add(SCORER.score(reference.toString(), prediction.toString()));
        }
        return scores;
    }

    @Test
    void againstAllZeroScoresTheIntervalIsTheAggregatorsF1Interval() {
        // Same generator, same draw order: differences to 0 resample exactly as the aggregator resamples F1.
        List<RougeScores> a = scores(1, 60);
        List<RougeScores> zeros = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            zeros.add(new RougeScores(Map.of(RougeType.ROUGE_1, Score.ZERO)));
        }
        List<RougeScores> rouge1Only = a.stream()
                .map(s -> new RougeScores(Map.of(RougeType.ROUGE_1, s.get(RougeType.ROUGE_1)))).toList();
        DifferenceInterval difference = new PairedBootstrap(300, 0.9, 7).compare(rouge1Only, zeros)
                .get(RougeType.ROUGE_1);
        AggregateScore aggregate = new BootstrapAggregator(300, 0.9, 7).aggregate(rouge1Only).get(RougeType.ROUGE_1);
        assertThat(difference.low()).isEqualTo(aggregate.low().fmeasure());
        assertThat(difference.high()).isEqualTo(aggregate.high().fmeasure());
        assertThat(difference.mean()).isEqualTo(aggregate.mean().fmeasure());
    }

    @Test
    void aSystemAgainstItselfDiffersByExactlyZero() {
        List<RougeScores> a = scores(2, 40);
        Map<RougeType, DifferenceInterval> same = new PairedBootstrap(200, 0.95, 1).compare(a, a);
        assertThat(same.values()).allSatisfy(d -> {
            assertThat(d).isEqualTo(new DifferenceInterval(0, 0, 0));
            assertThat(d.excludesZero()).isFalse();
        });
    }

    @Test
    void theMeanIsTheMeanOfTheDifferencesInsideItsIntervalAndOrderOfTypesIsKept() {
        List<RougeScores> a = scores(3, 80);
        List<RougeScores> b = scores(4, 80);
        Map<RougeType, DifferenceInterval> result = new PairedBootstrap(500, 0.95, 11).compare(a, b);
        assertThat(result.keySet()).containsExactly(RougeType.ROUGE_1, RougeType.ROUGE_L);
        double sum = 0;
        for (int i = 0; i < a.size(); i++) {
            sum += a.get(i).get(RougeType.ROUGE_L).fmeasure() - b.get(i).get(RougeType.ROUGE_L).fmeasure();
        }
        DifferenceInterval l = result.get(RougeType.ROUGE_L);
        assertThat(l.mean()).isEqualTo(sum / a.size());
        assertThat(l.low()).isLessThanOrEqualTo(l.mean());
        assertThat(l.high()).isGreaterThanOrEqualTo(l.mean());
        assertThat(l.low()).isLessThan(l.high());
    }

    @Test
    void refusesUnpairedInputs() {
        assertThatThrownBy(() -> new PairedBootstrap(10, 0.95, 1).compare(scores(1, 3), scores(1, 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 3 and 2");
        assertThatThrownBy(() -> new PairedBootstrap(0, 0.95, 1)).hasMessageContaining("samples must be >= 1");
    }
}
