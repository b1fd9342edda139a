package io.radlake.eval.rouge.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A tiny run: the table is complete and both LCS algorithms score alike. Timings are not asserted. */
class RougeBenchmarkTest {

    @Test
    void smallRunReportsBothAlgorithmsForEveryWorkload() {
        RougeBenchmarkResult result = new RougeBenchmark().run(200, 5);
        assertThat(result.pairs()).isEqualTo(200);
        assertThat(result.distinctPairs()).isEqualTo(200);
        assertThat(result.scoresIdentical()).isTrue();
        assertThat(result.meanReferenceTokens()).isGreaterThan(3);
        assertThat(result.rows()).hasSize(10);
        for (String workload : new String[] {RougeBenchmark.ROUGE_12L, RougeBenchmark.ROUGE_12L_LSUM,
                RougeBenchmark.ROUGE_12L_JOINED, RougeBenchmark.LCS_IMPRESSIONS, RougeBenchmark.LCS_LONG}) {
            RougeBenchmarkResult.Row fast = result.row(workload, "bit-parallel");
            RougeBenchmarkResult.Row baseline = result.row(workload, "dynamic-programming");
            assertThat(fast.pairsPerSecond()).isPositive();
            assertThat(baseline.speedupOverBaseline()).isEqualTo(1.0);
            assertThat(fast.meanTokens()).isEqualTo(baseline.meanTokens());
        }
        assertThat(result.row(RougeBenchmark.LCS_LONG, "bit-parallel").meanTokens())
                .as("joined impressions exceed two 64-bit words")
                .isGreaterThan(128);
        assertThat(result.table()).contains("bit-parallel", "dynamic-programming", "pairs/cpu-s",
                "scores identical across algorithms: yes");
    }

    @Test
    void rejectsNonPositivePairCounts() {
        assertThatThrownBy(() -> new RougeBenchmark().run(0, 1)).hasMessage("pairs must be >= 1, got: 0");
    }
}
