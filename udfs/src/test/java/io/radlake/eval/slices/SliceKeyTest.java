package io.radlake.eval.slices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SliceKeyTest {

    @Test
    void displaysOverallOneWayAndTwoWayKeys() {
        assertThat(SliceKey.OVERALL.display()).isEqualTo("overall");
        assertThat(SliceKey.of("modality", "CT").display()).isEqualTo("modality=CT");
        assertThat(SliceKey.of("modality", "CT", "patient_sex", "F").display())
                .isEqualTo("modality=CT x patient_sex=F");
        assertThat(SliceKey.of("modality", "CT", "patient_sex", "F").definition().name())
                .isEqualTo("modality x patient_sex");
    }

    @Test
    void nullAndBlankValuesBecomeUnknown() {
        assertThat(SliceKey.of("patient_sex", null).values()).containsExactly(SliceKey.UNKNOWN);
        assertThat(SliceKey.of("patient_sex", "  ").display()).isEqualTo("patient_sex=unknown");
        assertThat(SliceKey.of("site_id", " A ")).isEqualTo(SliceKey.of("site_id", "A"));
        assertThat(SliceKey.of("modality", null, "patient_sex", "")).isEqualTo(
                SliceKey.of("modality", "unknown", "patient_sex", "unknown"));
    }

    @Test
    void sortsOverallThenOneWayThenTwoWayThenByValue() {
        List<SliceKey> keys = new ArrayList<>(List.of(SliceKey.of("modality", "MR", "patient_sex", "F"),
                SliceKey.of("modality", "MR"), SliceKey.of("modality", "CT"), SliceKey.OVERALL,
                SliceKey.of("age_band", "80+")));
        keys.sort(null);
        assertThat(keys).extracting(SliceKey::display).containsExactly("overall", "age_band=80+", "modality=CT",
                "modality=MR", "modality=MR x patient_sex=F");
    }

    @Test
    void marginalIsTheOneWayKeyOfEachSide() {
        SliceKey cell = SliceKey.of("modality", "CT", "patient_sex", "F");
        assertThat(cell.marginal(0)).isEqualTo(SliceKey.of("modality", "CT"));
        assertThat(cell.marginal(1)).isEqualTo(SliceKey.of("patient_sex", "F"));
        assertThat(cell.valueOf("patient_sex")).isEqualTo("F");
    }

    @Test
    void rejectsMismatchedOrRepeatedAttributes() {
        assertThatThrownBy(() -> new SliceKey(List.of("modality"), List.of()))
                .hasMessage("a slice key needs one value per attribute, got 1 attributes and 0 values");
        assertThatThrownBy(() -> new SliceKey(List.of("modality", "modality"), List.of("CT", "MR")))
                .hasMessageContaining("must not repeat");
        assertThatThrownBy(() -> SliceKey.of(" ", "CT")).hasMessageContaining("must not be null or blank");
    }
}
