package io.radlake.deid.bench;

import io.radlake.deid.RuleBasedPhiDetector;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DetectionBenchmarkTest {

    @Test
    void runsBothDetectorsInChunksAndCapsTheBaseline() {
        DetectionBenchmark benchmark = new DetectionBenchmark(RuleBasedPhiDetector.standard(),
                RegexPerRulePhiDetector.standard(), 7, 10);
        DetectionBenchmarkResult result = benchmark.run(25, 42);
        assertThat(result.reports()).isEqualTo(25);
        assertThat(result.baselineReports()).isEqualTo(7);
        assertThat(result.baselineCapped()).isTrue();
        assertThat(result.bytes()).isGreaterThan(result.baselineBytes()).isGreaterThan(0);
        assertThat(result.engineFindings()).isGreaterThan(25);
        assertThat(result.baselineFindings()).isGreaterThan(7);
        assertThat(result.engineSeconds()).isPositive();
        assertThat(result.peakHeapBytes()).isPositive();
        assertThat(result.format()).contains("RuleBasedPhiDetector", "RegexPerRulePhiDetector (capped)",
                "ratio engine/baseline", "peak heap used");
        assertThat(result.engineCpuSeconds()).isPositive();
    }

    @Test
    void rejectsBadSizes() {
        assertThatThrownBy(() -> new DetectionBenchmark(RuleBasedPhiDetector.standard(),
                RuleBasedPhiDetector.standard(), 0, 0)).hasMessageContaining("chunk size must be >= 1");
        DetectionBenchmark benchmark = new DetectionBenchmark(RuleBasedPhiDetector.standard(),
                RuleBasedPhiDetector.standard(), 0, 5);
        assertThatThrownBy(() -> benchmark.run(0, 1)).hasMessageContaining("report count must be >= 1, got: 0");
    }
}
