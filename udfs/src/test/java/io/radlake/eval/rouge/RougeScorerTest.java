package io.radlake.eval.rouge;

import static io.radlake.eval.rouge.RougeType.ROUGE_1;
import static io.radlake.eval.rouge.RougeType.ROUGE_2;
import static io.radlake.eval.rouge.RougeType.ROUGE_L;
import static io.radlake.eval.rouge.RougeType.ROUGE_LSUM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

class RougeScorerTest {
    private final RougeScorer all = RougeScorer.builder().metrics(RougeType.values()).build();

    @Test
    void rougeScoreDocstringExample() {
        // rouge-score: scorer.score('The quick brown fox jumps over the lazy dog', 'The quick brown dog jumps on the log.')
        RougeScores scores = RougeScorer.builder().metrics(ROUGE_1, ROUGE_L).useStemmer(true).build()
                .score("The quick brown fox jumps over the lazy dog", "The quick brown dog jumps on the log.");
        assertThat(scores.get(ROUGE_1)).isEqualTo(new Score(0.75, 2.0 / 3, 0.7058823529411765));
        assertThat(scores.get(ROUGE_L)).isEqualTo(new Score(0.625, 5.0 / 9, 0.5882352941176471));
        assertThat(scores.types()).containsExactly(ROUGE_1, ROUGE_L);
    }

    @Test
    void referenceComesFirst() {
        RougeScores scores = all.score("a b c d", "a b");
        assertThat(scores.get(ROUGE_1)).isEqualTo(Score.of(1.0, 0.5));
        assertThat(scores.get(ROUGE_2)).isEqualTo(Score.of(1.0, 1.0 / 3));
    }

    @Test
    void emptySidesScoreZero() {
        for (String[] pair : new String[][] {{"", ""}, {"no effusion", ""}, {"", "no effusion"}, {"...", "!!!"}}) {
            RougeScores scores = all.score(pair[0], pair[1]);
            for (RougeType type : RougeType.values()) {
                assertThat(scores.get(type)).isEqualTo(Score.ZERO);
            }
        }
    }

    @Test
    void repeatedTokensAreClipped() {
        RougeScores scores = all.score("no no no effusion", "no effusion effusion effusion");
        assertThat(scores.get(ROUGE_1)).isEqualTo(Score.of(0.5, 0.5));
        assertThat(scores.get(ROUGE_2)).isEqualTo(Score.of(1.0 / 3, 1.0 / 3));
    }

    @Test
    void lsumUsesLinesWhileRougeLDoesNot() {
        RougeScores scores = all.score("a b c\nd e f", "d e f\na b c");
        assertThat(scores.get(ROUGE_L)).isEqualTo(Score.of(0.5, 0.5));
        assertThat(scores.get(ROUGE_LSUM)).isEqualTo(Score.of(1.0, 1.0));
    }

    @Test
    void lsumCountsEachTokenOccurrenceOnce() {
        // Both reference lines find "stable" in the prediction, which has it once: one hit, not two.
        RougeScores scores = all.score("stable\nstable", "stable");
        assertThat(scores.get(ROUGE_LSUM)).isEqualTo(Score.of(1.0, 0.5));
    }

    @Test
    void bitParallelAndDpScorersAgreeOnEveryFixturePair() {
        RougeScorer fast = RougeScorer.builder().metrics(RougeType.values()).useStemmer(true).build();
        RougeScorer slow = RougeScorer.builder().metrics(RougeType.values()).useStemmer(true)
                .lcsAlgorithm(new DpLcs()).build();
        for (RougeGolden.Pair pair : RougeGolden.pairs()) {
            assertThat(fast.score(pair.reference(), pair.prediction()))
                    .as("pair %d", pair.id())
                    .isEqualTo(slow.score(pair.reference(), pair.prediction()));
        }
        assertThat(fast.lcsAlgorithm().name()).isEqualTo("bit-parallel");
        assertThat(slow.lcsAlgorithm().name()).isEqualTo("dynamic-programming");
    }

    @Test
    void oneScorerSharedByThreadsGivesTheSequentialScores() throws Exception {
        RougeScorer scorer = RougeScorer.builder().metrics(RougeType.values()).useStemmer(true).build();
        List<RougeGolden.Pair> pairs = RougeGolden.pairs();
        List<RougeScores> sequential = new ArrayList<>();
        for (RougeGolden.Pair pair : pairs) {
            sequential.add(RougeScorer.builder().metrics(RougeType.values()).useStemmer(true).build()
                    .score(pair.reference(), pair.prediction()));
        }
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<RougeScores>>> runs = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                runs.add(threads.submit(() -> {
                    List<RougeScores> out = new ArrayList<>();
                    for (RougeGolden.Pair pair : pairs) {
                        out.add(scorer.score(pair.reference(), pair.prediction()));
                    }
                    return out;
                }));
            }
            for (Future<List<RougeScores>> run : runs) {
                assertThat(run.get()).isEqualTo(sequential);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void builderKeepsOrderDropsDuplicatesAndRequiresAType() {
        RougeScorer scorer = RougeScorer.builder().metrics(List.of(ROUGE_LSUM, ROUGE_1, ROUGE_LSUM)).build();
        assertThat(scorer.types()).containsExactly(ROUGE_LSUM, ROUGE_1);
        assertThat(scorer.usesStemmer()).isFalse();
        assertThat(scorer.score("a", "a").types()).containsExactly(ROUGE_LSUM, ROUGE_1);
        assertThatThrownBy(() -> RougeScorer.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("metrics must name at least one ROUGE type");
        assertThatThrownBy(() -> scorer.score("a", "a").get(ROUGE_2))
                .hasMessageContaining("rouge2 was not computed");
    }

    @Test
    void typesByRougeScoreName() {
        assertThat(RougeType.fromKey("rougeLsum")).isEqualTo(ROUGE_LSUM);
        assertThatThrownBy(() -> RougeType.fromKey("rouge3"))
                .hasMessage("unknown ROUGE type 'rouge3', allowed: rouge1, rouge2, rougeL, rougeLsum");
    }
}
