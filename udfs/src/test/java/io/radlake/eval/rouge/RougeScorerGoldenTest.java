package io.radlake.eval.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Every fixture pair scores as rouge-score scored it, all four types, with and without the stemmer. */
class RougeScorerGoldenTest {
    private static final double TOLERANCE = 1e-9;
    private static final RougeType[] TYPES = RougeType.values();

    @Test
    void fixtureIsLargeAndCoversTieBreakingThatChangesLsum() {
        List<RougeGolden.Pair> pairs = RougeGolden.pairs();
        List<JsonNode> expected = RougeGolden.expected();
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(600);
        assertThat(expected).hasSameSizeAs(pairs);
        // Pairs where picking another of the equally long LCS would change Lsum: the fixture must pin the choice.
        long tieSensitive = expected.stream().filter(node -> node.get("lsumTieSensitive").asBoolean()).count();
        assertThat(tieSensitive).isGreaterThanOrEqualTo(20);
    }

    @Test
    void bitParallelScorerMatchesRougeScoreWithoutStemmer() {
        assertAgreement(new BitParallelLcs(), false);
    }

    @Test
    void bitParallelScorerMatchesRougeScoreWithStemmer() {
        assertAgreement(new BitParallelLcs(), true);
    }

    @Test
    void dynamicProgrammingScorerMatchesRougeScoreWithStemmer() {
        assertAgreement(new DpLcs(), true);
    }

    private static void assertAgreement(LcsAlgorithm lcs, boolean stem) {
        RougeScorer scorer = RougeScorer.builder().metrics(TYPES).useStemmer(stem).lcsAlgorithm(lcs).build();
        List<RougeGolden.Pair> pairs = RougeGolden.pairs();
        List<JsonNode> expected = RougeGolden.expected();
        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        for (int k = 0; k < pairs.size(); k++) {
            RougeGolden.Pair pair = pairs.get(k);
            JsonNode row = expected.get(k);
            assertThat(row.get("id").asInt()).isEqualTo(pair.id());
            RougeScores actual = scorer.score(pair.reference(), pair.prediction());
            for (RougeType type : TYPES) {
                Score want = RougeGolden.score(row.get(stem ? "stem" : "nostem").get(type.key()));
                Score got = actual.get(type);
                compared += 3;
                if (!close(want.precision(), got.precision()) || !close(want.recall(), got.recall())
                        || !close(want.fmeasure(), got.fmeasure())) {
                    // Pair ids and categories only: the texts stay out of test output.
                    mismatches.add("pair " + pair.id() + " (" + pair.category() + ") " + type.key() + ": expected "
                            + want + ", got " + got);
                }
            }
        }
        assertThat(mismatches).as("mismatches of %d values", compared).isEmpty();
        assertThat(compared).isEqualTo(pairs.size() * TYPES.length * 3);
    }

    private static boolean close(double expected, double actual) {
        return Math.abs(expected - actual) <= TOLERANCE;
    }
}
