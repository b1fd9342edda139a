package io.radlake.eval.slices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ConstantBaselineTest {

    @Test
    void picksTheMostFrequentTrimmedImpression() {
        ConstantBaseline baseline = ConstantBaseline.mostFrequent(Arrays.asList("Normal chest radiograph.",
                "No acute cardiopulmonary abnormality.", " No acute cardiopulmonary abnormality. ", null, "  ",
                "Right lower lobe pneumonia."));
        assertThat(baseline).isEqualTo(new ConstantBaseline("No acute cardiopulmonary abnormality.", 2, 4));
        assertThat(baseline.predict()).isEqualTo("No acute cardiopulmonary abnormality.");
    }

    @Test
    void breaksTiesLexicographicallyWhateverTheOrder() {
        List<String> impressions = new ArrayList<>(List.of("b", "a", "c", "b", "a", "c"));
        for (int shuffle = 0; shuffle < 5; shuffle++) {
            Collections.shuffle(impressions, new java.util.Random(shuffle));
            assertThat(ConstantBaseline.mostFrequent(impressions).impression()).isEqualTo("a");
        }
        assertThat(ConstantBaseline.fromCounts(Map.of("z", 3L, "y", 3L, "x", 1L)))
                .isEqualTo(new ConstantBaseline("y", 3, 7));
    }

    @Test
    void rejectsAnEmptyCollection() {
        assertThatThrownBy(() -> ConstantBaseline.mostFrequent(Arrays.asList(null, " ")))
                .hasMessage("no non-blank impression to choose a constant baseline from");
        assertThatThrownBy(() -> ConstantBaseline.fromCounts(Map.of("a", 0L)))
                .hasMessage("impression counts must be >= 1, got: 0");
    }
}
