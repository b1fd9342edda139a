package io.radlake.eval.slices;

import static io.radlake.eval.slices.SliceFixtures.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class SlicePlanTest {

    @Test
    void listsOverallThenOneWayThenTwoWaySlices() {
        SlicePlan plan = SlicePlan.of(List.of("patient_sex", "modality"), List.of(List.of("modality", "patient_sex")));
        assertThat(plan.definitions()).extracting(SliceDefinition::name)
                .containsExactly("overall", "patient_sex", "modality", "modality x patient_sex");
        assertThat(plan.attributes()).containsExactly("patient_sex", "modality");
    }

    @Test
    void defaultsCoverTheIssueAttributesAndModalityBySex() {
        assertThat(SlicePlan.defaults().definitions()).extracting(SliceDefinition::name).containsExactly("overall",
                "patient_sex", "age_band", "modality", "body_part", "site_id", "modality x patient_sex");
    }

    @Test
    void anExampleBelongsToOneGroupPerSliceWithMissingValuesAsUnknown() {
        SlicePlan plan = SlicePlan.of(List.of("patient_sex", "modality"), List.of(List.of("modality", "patient_sex")));
        assertThat(plan.keysOf(row("patient_sex", null, "modality", "CT", "site_id", "A")))
                .extracting(SliceKey::display)
                .containsExactly("overall", "patient_sex=unknown", "modality=CT", "modality=CT x patient_sex=unknown");
    }

    @Test
    void anAttributeMissingFromTheExampleIsAnError() {
        SlicePlan plan = SlicePlan.of(List.of("site_id"), List.of());
        assertThatThrownBy(() -> plan.keysOf(row("modality", "CT")))
                .hasMessage("example has no attribute 'site_id' (slice site_id); it has: [modality]");
    }

    @Test
    void rejectsBadNamesAndPairsWithClearMessages() {
        assertThatThrownBy(() -> SlicePlan.of(List.of("patient sex"), List.of()))
                .hasMessage("slice attribute names are column names (letters, digits and _, not starting with a "
                        + "digit), got: 'patient sex'");
        assertThatThrownBy(() -> SlicePlan.of(List.of("modality", "modality"), List.of()))
                .hasMessage("slice attribute 'modality' is named twice; attributes: [modality, modality]");
        assertThatThrownBy(() -> SlicePlan.of(List.of("modality"), List.of(List.of("modality", "site_id"))))
                .hasMessage("two-way slice [modality, site_id] names 'site_id', which is not a slice attribute; add "
                        + "it to the attributes [modality]");
        assertThatThrownBy(() -> SlicePlan.of(List.of("modality"), List.of(List.of("modality", "modality"))))
                .hasMessage("a two-way slice needs two different attributes, got: [modality, modality]");
        assertThatThrownBy(() -> SlicePlan.of(List.of("a", "b", "c"), List.of(List.of("a", "b", "c"))))
                .hasMessage("a two-way slice names exactly 2 attributes, got: [a, b, c]");
        assertThatThrownBy(() -> SlicePlan.of(List.of("a", "b"), List.of(List.of("a", "b"), List.of("b", "a"))))
                .hasMessage("two-way slice [b, a] is named twice (in either order)");
    }
}
