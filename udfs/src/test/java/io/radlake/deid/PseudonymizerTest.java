package io.radlake.deid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PseudonymizerTest {

    static final DeidSecret SECRET = DeidSecret.fromEnvironment(
            Map.of(DeidSecret.ENV_SECRET, "test-secret-for-radlake-deid-unit-tests-0001"));
    private static final DeidSecret OTHER = DeidSecret.fromEnvironment(
            Map.of(DeidSecret.ENV_SECRET, "another-secret-for-radlake-deid-unit-tests-02"));

    private final Pseudonymizer pseudonymizer = new Pseudonymizer(SECRET);

    @Test
    void keysArePrefixedLowercaseHex() {
        assertThat(pseudonymizer.patientKey("PAT-0000001")).matches("p_[0-9a-f]{24}");
        assertThat(pseudonymizer.reportKey("RPT-000000001")).matches("r_[0-9a-f]{24}");
    }

    @Test
    void keysAreStableAcrossInstancesAndDependOnTheSecret() {
        String key = pseudonymizer.patientKey("PAT-0000001");
        assertThat(new Pseudonymizer(SECRET).patientKey("PAT-0000001")).isEqualTo(key);
        assertThat(new Pseudonymizer(OTHER).patientKey("PAT-0000001")).isNotEqualTo(key);
        assertThat(pseudonymizer.patientKey("PAT-0000002")).isNotEqualTo(key);
    }

    @Test
    void patientAndReportKeysOfTheSameIdDiffer() {
        String id = "12345";
        assertThat(pseudonymizer.patientKey(id).substring(2)).isNotEqualTo(pseudonymizer.reportKey(id).substring(2));
    }

    @Test
    void derivationSeparatesPartsUnambiguously() {
        assertThat(pseudonymizer.derive("x", "ab", "c")).isNotEqualTo(pseudonymizer.derive("x", "a", "bc"));
        assertThat(pseudonymizer.derive("x", "ab")).isNotEqualTo(pseudonymizer.derive("y", "ab"));
        assertThat(pseudonymizer.derive("x", "ab")).isEqualTo(new Pseudonymizer(SECRET).derive("x", "ab"));
    }

    @Test
    void nullIdsAreRejectedWithoutEcho() {
        assertThatThrownBy(() -> pseudonymizer.patientKey(null)).hasMessage("patientId must not be null");
    }

    @Test
    void concurrentCallersGetTheSameKeysAsASingleThread() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            ids.add("PAT-" + i);
        }
        List<String> expected = ids.stream().map(pseudonymizer::patientKey).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> ids.stream().map(pseudonymizer::patientKey).toList()));
            }
            for (Future<List<String>> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
        Set<String> distinct = new HashSet<>(expected);
        assertThat(distinct).hasSize(ids.size());
    }
}
