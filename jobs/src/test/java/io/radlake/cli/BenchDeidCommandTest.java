package io.radlake.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.radlake.testing.CliRun;
import org.junit.jupiter.api.Test;

/** {@code radlake bench deid} through picocli: the detector against its regex baseline, no Spark. */
class BenchDeidCommandTest {

  @Test
  void printsRatesAndTheRatioAgainstTheBaseline() {
    CliRun bench = CliRun.of("bench", "deid", "--reports", "300", "--baseline-reports", "50");
    assertThat(bench.exit()).as(bench.err()).isZero();
    assertThat(bench.out())
        .contains("bench deid: 300 generated reports (seed 7)")
        .contains("RegexPerRulePhiDetector (capped)")
        .containsPattern("RuleBasedPhiDetector \\(DFA \\+ words\\) +300 ")
        .containsPattern("ratio engine/baseline: \\d+\\.\\dx MB/s")
        .contains("baseline capped at 50 reports", "peak heap used: ");
  }

  @Test
  void unknownTargetListsWhatCanBeBenchmarked() {
    CliRun bench = CliRun.of("bench", "search");
    assertThat(bench.exit()).isEqualTo(2);
    assertThat(bench.err()).contains("bench WHAT must be one of: ingest, deid, infer, got: search");
  }

  @Test
  void deidRejectsAReportCountBelowOne() {
    CliRun bench = CliRun.of("bench", "deid", "--reports", "0");
    assertThat(bench.exit()).isEqualTo(2);
    assertThat(bench.err()).contains("bench deid --reports must be >= 1, got: 0");
  }
}
