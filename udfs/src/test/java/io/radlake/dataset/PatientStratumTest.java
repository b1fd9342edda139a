package io.radlake.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PatientStratumTest {

    @Test
    void isTheMostFrequentModality() {
        assertThat(PatientStratum.of(List.of("MR", "CT", "MR"))).isEqualTo("MR");
        assertThat(PatientStratum.of(List.of("CT"))).isEqualTo("CT");
    }

    @Test
    void breaksTiesByTheSmallestModalityWhateverTheOrder() {
        assertThat(PatientStratum.of(List.of("US", "CT", "MR", "CT", "US"))).isEqualTo("CT");
        assertThat(PatientStratum.of(List.of("CT", "US", "US", "CT"))).isEqualTo("CT");
        assertThat(PatientStratum.of(List.of("US", "CT"))).isEqualTo("CT");
    }

    @Test
    void missingModalitiesFormTheUnknownStratum() {
        assertThat(PatientStratum.of(Arrays.asList(null, " ", "CT"))).isEqualTo("unknown");
        assertThat(PatientStratum.of(Arrays.asList(null, " CT ", "CT"))).isEqualTo("CT");
        Map<String, Long> counts = new HashMap<>();
        counts.put(null, 2L);
        counts.put("", 1L);
        counts.put("MR", 2L);
        assertThat(PatientStratum.fromCounts(counts)).isEqualTo("unknown");
    }

    @Test
    void needsAtLeastOneReport() {
        assertThatThrownBy(() -> PatientStratum.of(List.of()))
                .hasMessage("a patient needs at least one report to have a stratum");
        assertThatThrownBy(() -> PatientStratum.fromCounts(Map.of("CT", -1L)))
                .hasMessage("report counts must be >= 0, got: -1");
    }
}
