package io.radlake.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImpressionWithoutContentTest {

    @ParameterizedTest
    @ValueSource(strings = {"See above.", "SEE ABOVE", "As above", "as above.", "Please see findings above.",
            "See findings", "Refer to the findings section.", "As per findings.", "Same as above.",
            "Impression: see above", "1. As above.", "See body of report.", "See addendum.", "No change.",
            "No interval change from prior study.", "Unchanged.", "Stable compared to the previous exam.",
            "None.", "N/A", "n/a", "NA", "Nil.", "Not applicable", "Pending", "Impression to follow.",
            "Dictated but not read", "[blank]", "XXX", "***", "...", "-", "?", "Impression:", "Deferred.",
            "Preliminary report"})
    void hasNoContent(String impression) {
        assertThat(ImpressionWithoutContent.test(impression)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"No acute cardiopulmonary process.", "Normal chest radiograph.",
            "No change in the 5 mm right upper lobe nodule.", "Findings as above, most consistent with pneumonia.",
            "Stable small left pleural effusion.", "Unchanged appearance of the right hilar mass since the prior.",
            "No pneumothorax.", "Pneumonia.", "See above for the incidental thyroid nodule; recommend ultrasound.",
            "1. Right lower lobe pneumonia. 2. No effusion.", "BI-RADS 1: Negative.", "None of the nodules grew."})
    void hasContent(String impression) {
        assertThat(ImpressionWithoutContent.test(impression)).isFalse();
    }
}
