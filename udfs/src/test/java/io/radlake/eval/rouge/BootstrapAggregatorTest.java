package io.radlake.eval.rouge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class BootstrapAggregatorTest {
    private static final double TOLERANCE = 1e-9;

    @Test
    void drawsTheSameRowsAsNumpyChoice() {
        for (JsonNode check : RougeGolden.bootstrap().get("choices")) {
            Mt19937 random = new Mt19937(check.get("seed").asLong());
            int population = check.get("population").asInt();
            List<Integer> drawn = new ArrayList<>();
            List<Integer> expected = new ArrayList<>();
            for (JsonNode value : check.get("draws")) {
                expected.add(value.asInt());
                drawn.add(random.nextBelow(population));
            }
            assertThat(drawn).as("seed %d", check.get("seed").asLong()).isEqualTo(expected);
        }
    }

    @Test
    void matchesRougeScoreBootstrapAggregatorForTheSameSeed() {
        RougeScorer scorer = RougeScorer.builder().metrics(RougeType.values()).useStemmer(true).build();
        List<RougeScores> all = new ArrayList<>();
        for (RougeGolden.Pair pair : RougeGolden.pairs()) {
            all.add(scorer.score(pair.reference(), pair.prediction()));
        }
        for (JsonNode run : RougeGolden.bootstrap().get("runs")) {
            List<RougeScores> used = all.subList(0, run.get("pairs").asInt());
            BootstrapAggregator aggregator = new BootstrapAggregator(
                    run.get("nSamples").asInt(), run.get("confidence").asDouble(), run.get("seed").asLong());
            RougeAggregate result = aggregator.aggregate(used);
            assertThat(result.pairs()).isEqualTo(used.size());
            for (Map.Entry<String, JsonNode> type : iterable(run.get("result"))) {
                AggregateScore got = result.get(RougeType.fromKey(type.getKey()));
                assertClose(got.low(), RougeGolden.score(type.getValue().get("low")), run, type.getKey());
                assertClose(got.mid(), RougeGolden.score(type.getValue().get("mid")), run, type.getKey());
                assertClose(got.high(), RougeGolden.score(type.getValue().get("high")), run, type.getKey());
            }
        }
    }

    @Test
    void meanIsThePlainMeanAndLiesInsideTheInterval() {
        RougeScorer scorer = RougeScorer.builder().metrics(RougeType.ROUGE_1).build();
        List<RougeScores> scores = List.of(scorer.score("a b", "a b"), scorer.score("a b", "c d"),
                scorer.score("a b c d", "a b"));
        RougeAggregate result = new BootstrapAggregator(500, 0.95, 3).aggregate(scores);
        assertThat(result.meanF1(RougeType.ROUGE_1)).isCloseTo((1.0 + 0 + 2.0 / 3) / 3, within(1e-15));
        AggregateScore f = result.get(RougeType.ROUGE_1);
        assertThat(f.low().fmeasure()).isLessThanOrEqualTo(f.mid().fmeasure());
        assertThat(f.mid().fmeasure()).isLessThanOrEqualTo(f.high().fmeasure());
        assertThat(f.low().fmeasure()).isLessThan(f.high().fmeasure());
    }

    @Test
    void sameSeedSameIntervalOtherSeedOtherInterval() {
        RougeScorer scorer = RougeScorer.builder().metrics(RougeType.ROUGE_1, RougeType.ROUGE_L).build();
        List<RougeScores> scores = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            scores.add(scorer.score("a b c d e f g h i j", "a b c d e f g h i j".substring(0, i % 19 + 1)));
        }
        RougeAggregate result = new BootstrapAggregator(200, 0.95, 3).aggregate(scores);
        assertThat(new BootstrapAggregator(200, 0.95, 3).aggregate(scores)).isEqualTo(result);
        assertThat(new BootstrapAggregator(200, 0.95, 4).aggregate(scores)).isNotEqualTo(result);
        assertThat(new BootstrapAggregator(200, 0.5, 3).aggregate(scores).get(RougeType.ROUGE_L).low().fmeasure())
                .isGreaterThan(result.get(RougeType.ROUGE_L).low().fmeasure());
    }

    @Test
    void percentileInterpolatesLikeNumpy() {
        // np.percentile([1, 2, 3, 4], [2.5, 50, 97.5]) == [1.075, 2.5, 3.925]
        assertThat(BootstrapAggregator.percentile(new double[] {4, 1, 3, 2}, 0.025)).isCloseTo(1.075, within(1e-12));
        assertThat(BootstrapAggregator.percentile(new double[] {4, 1, 3, 2}, 0.5)).isEqualTo(2.5);
        assertThat(BootstrapAggregator.percentile(new double[] {4, 1, 3, 2}, 0.975)).isCloseTo(3.925, within(1e-12));
        assertThat(BootstrapAggregator.percentile(new double[] {7}, 0.975)).isEqualTo(7);
    }

    @Test
    void rejectsBadSettingsAndInputs() {
        assertThatThrownBy(() -> new BootstrapAggregator(0, 0.95, 1)).hasMessage("samples must be >= 1, got: 0");
        assertThatThrownBy(() -> new BootstrapAggregator(10, 1.5, 1))
                .hasMessage("confidence must be in [0, 1], got: 1.5");
        assertThatThrownBy(() -> new BootstrapAggregator(10, 0.95, -1))
                .hasMessage("seed must be in [0, 4294967295] (numpy's legacy seed range), got: -1");
        assertThatThrownBy(() -> BootstrapAggregator.withSeed(1).aggregate(List.of()))
                .hasMessage("scores must hold at least one pair, got 0");
        RougeScores one = RougeScorer.builder().metrics(RougeType.ROUGE_1).build().score("a", "a");
        RougeScores other = RougeScorer.builder().metrics(RougeType.ROUGE_L).build().score("a", "a");
        assertThatThrownBy(() -> BootstrapAggregator.withSeed(1).aggregate(List.of(one, other)))
                .hasMessageStartingWith("all scores must hold the same ROUGE types; pair 1 holds");
    }

    private static void assertClose(Score got, Score want, JsonNode run, String type) {
        String where = run.get("name").asText() + " " + type;
        assertThat(got.precision()).as(where + " precision").isCloseTo(want.precision(), within(TOLERANCE));
        assertThat(got.recall()).as(where + " recall").isCloseTo(want.recall(), within(TOLERANCE));
        assertThat(got.fmeasure()).as(where + " fmeasure").isCloseTo(want.fmeasure(), within(TOLERANCE));
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        return node::fields;
    }
}
