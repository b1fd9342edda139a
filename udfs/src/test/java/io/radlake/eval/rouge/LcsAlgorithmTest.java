package io.radlake.eval.rouge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bit-parallel LCS against the plain DP: same lengths, and the same LCS picked among equally long ones. */
class LcsAlgorithmTest {
    private final LcsAlgorithm fast = new BitParallelLcs();
    private final LcsAlgorithm dp = new DpLcs();

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5, 63, 64, 65, 127, 128, 129, 200, 300})
    void bitParallelAgreesWithDpOnRandomSequences(int maxLength) {
        SplittableRandom random = new SplittableRandom(maxLength * 7919L);
        for (int trial = 0; trial < 150; trial++) {
            int alphabet = 1 + random.nextInt(trial % 3 == 0 ? 3 : 40);
            // Lengths near the bound, so word boundaries (64, 128) are crossed from both sides.
            int[] a = randomIds(random, maxLength - random.nextInt(Math.min(maxLength, 4)), alphabet);
            int[] b = randomIds(random, random.nextInt(maxLength + 1), alphabet);
            assertThat(fast.length(a, b)).isEqualTo(dp.length(a, b));
            assertThat(fast.length(b, a)).isEqualTo(dp.length(a, b));
            assertThat(fast.referenceIndices(a, b)).containsExactly(dp.referenceIndices(a, b));
            assertThat(fast.referenceIndices(b, a)).containsExactly(dp.referenceIndices(b, a));
        }
    }

    @Test
    void indicesFormACommonSubsequenceOfMaximalLength() {
        SplittableRandom random = new SplittableRandom(11);
        for (int trial = 0; trial < 200; trial++) {
            int[] a = randomIds(random, random.nextInt(150), 4);
            int[] b = randomIds(random, random.nextInt(150), 4);
            int[] picked = fast.referenceIndices(a, b);
            assertThat(picked).hasSize(dp.length(a, b));
            assertThat(picked).isSorted();
            // Greedy check that a[picked] is a subsequence of b.
            int j = 0;
            for (int index : picked) {
                while (j < b.length && b[j] != a[index]) {
                    j++;
                }
                assertThat(j).as("a[picked] must be a subsequence of b").isLessThan(b.length);
                j++;
            }
        }
    }

    @Test
    void picksTheLcsRougeScorePicksAmongEquallyLongOnes() {
        // "a b" vs "b a": both single tokens are an LCS; rouge-score steps back in the reference on ties and keeps "a".
        int[] reference = {0, 1};
        int[] candidate = {1, 0};
        assertThat(fast.referenceIndices(reference, candidate)).containsExactly(0);
        assertThat(dp.referenceIndices(reference, candidate)).containsExactly(0);
        // a b c d vs b a d c: rouge-score keeps a and c (positions 0 and 2).
        assertThat(fast.referenceIndices(new int[] {0, 1, 2, 3}, new int[] {1, 0, 3, 2})).containsExactly(0, 2);
    }

    @Test
    void emptyAndDisjointInputs() {
        int[] none = {};
        int[] some = {3, 1, 4};
        for (LcsAlgorithm lcs : new LcsAlgorithm[] {fast, dp}) {
            assertThat(lcs.length(none, some)).isZero();
            assertThat(lcs.length(some, none)).isZero();
            assertThat(lcs.length(some, new int[] {7, 8})).isZero();
            assertThat(lcs.referenceIndices(some, none)).isEmpty();
            assertThat(lcs.referenceIndices(some, new int[] {9})).isEmpty();
            assertThat(lcs.length(some, some)).isEqualTo(3);
        }
    }

    @Test
    void rejectsNegativeIds() {
        assertThatThrownBy(() -> fast.length(new int[] {-1}, new int[] {1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("token ids must be >= 0, got: -1");
    }

    private static int[] randomIds(SplittableRandom random, int length, int alphabet) {
        int[] ids = new int[Math.max(length, 0)];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = random.nextInt(alphabet);
        }
        return ids;
    }
}
