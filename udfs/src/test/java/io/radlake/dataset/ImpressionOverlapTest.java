package io.radlake.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ImpressionOverlapTest {

    private static final String FINDINGS = "The lungs are clear. There is a small right pleural effusion. The heart"
            + " size is normal. No pneumothorax.";
    private final ExampleFilter filter = ExampleFilter.defaults();

    @Test
    void measuresContainmentAndCoverageOnWordTrigrams() {
        // Findings words: the lungs are clear there is a small right pleural effusion the heart size is normal no
        // pneumothorax = 18 words, 16 distinct trigrams. The impression's 3 trigrams all occur in them.
        ImpressionOverlap overlap = ImpressionOverlap.measure(FINDINGS, "Small right pleural effusion.", 3);
        assertThat(overlap.containment()).isEqualTo(1.0);
        assertThat(overlap.coverage()).isCloseTo(2.0 / 16, within(1e-12));
    }

    @Test
    void ignoresCaseAndPunctuation() {
        ImpressionOverlap overlap = ImpressionOverlap.measure(FINDINGS, FINDINGS.toUpperCase().replace(".", ";"), 3);
        assertThat(overlap).isEqualTo(new ImpressionOverlap(1.0, 1.0));
    }

    @Test
    void anExtractiveImpressionOfTheKeyFindingIsNotACopy() {
        assertThat(filter.copies(FINDINGS, "Small right pleural effusion.")).isFalse();
    }

    @Test
    void anImpressionRepeatingMostOfTheFindingsIsACopy() {
        assertThat(filter.copies(FINDINGS, FINDINGS)).isTrue();
        assertThat(filter.copies(FINDINGS, "Lungs are clear. There is a small right pleural effusion. The heart size"
                + " is normal.")).isTrue();
    }

    @Test
    void aRewordedImpressionIsNotACopy() {
        String impression = "Small right effusion; lungs otherwise clear and heart not enlarged, no pneumothorax.";
        ImpressionOverlap overlap = ImpressionOverlap.measure(FINDINGS, impression, 3);
        assertThat(overlap.containment()).isLessThan(0.8);
        assertThat(filter.copies(FINDINGS, impression)).isFalse();
    }

    @Test
    void shortTextsCountAsCopiesOnlyWhenEqual() {
        assertThat(ImpressionOverlap.measure("Normal study.", "normal study", 3))
                .isEqualTo(new ImpressionOverlap(1.0, 1.0));
        assertThat(ImpressionOverlap.measure("Normal study.", "Normal.", 3))
                .isEqualTo(new ImpressionOverlap(0.0, 0.0));
        assertThat(ImpressionOverlap.measure(FINDINGS, "No pneumothorax.", 3))
                .isEqualTo(new ImpressionOverlap(0.0, 0.0));
        assertThat(ImpressionOverlap.measure("...", "!!", 3)).isEqualTo(new ImpressionOverlap(0.0, 0.0));
    }

    @Test
    void thresholdsAreInclusive() {
        // 3 impression trigrams (a b c, b c d, c d x), 2 of them among the 6 findings trigrams.
        String findings = "a b c d e f g h";
        String impression = "a b c d x";
        ImpressionOverlap overlap = ImpressionOverlap.measure(findings, impression, 3);
        assertThat(overlap).isEqualTo(new ImpressionOverlap(2.0 / 3, 2.0 / 6));
        ExampleFilter atTheValues = new ExampleFilter(0, 10, 0, 10, 3, 2.0 / 3, 2.0 / 6);
        assertThat(atTheValues.copies(findings, impression)).isTrue();
        ExampleFilter justAbove = new ExampleFilter(0, 10, 0, 10, 3, 2.0 / 3 + 1e-9, 2.0 / 6);
        assertThat(justAbove.copies(findings, impression)).isFalse();
    }

    @Test
    void rejectsABadNgramSize() {
        assertThatThrownBy(() -> ImpressionOverlap.measure("a", "b", 0)).hasMessage(
                "n-gram size must be >= 1, got: 0");
    }
}
