package io.radlake.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExampleFilterTest {

    private static final String FINDINGS = "The lungs are clear without focal consolidation. There is a small right"
            + " pleural effusion. The heart size is normal. No pneumothorax is seen.";
    private static final String IMPRESSION = "Small right pleural effusion.";
    private final ExampleFilter filter = ExampleFilter.defaults();

    @Test
    void keepsAGoodExample() {
        assertThat(filter.check(FINDINGS, IMPRESSION, "UNIQUE", 30, 6)).isEmpty();
    }

    @Test
    void reportsEachReasonAlone() {
        assertThat(filter.check(null, IMPRESSION, "UNIQUE", 30, 6)).contains(RejectReason.NO_FINDINGS);
        assertThat(filter.check(" ... ", IMPRESSION, "UNIQUE", 30, 6)).contains(RejectReason.NO_FINDINGS);
        assertThat(filter.check(FINDINGS, "  \n", "UNIQUE", 30, 6)).contains(RejectReason.NO_IMPRESSION);
        assertThat(filter.check(FINDINGS, IMPRESSION, "NEAR_DUPLICATE", 30, 6)).contains(RejectReason.DUPLICATE);
        assertThat(filter.check(FINDINGS, IMPRESSION, "EXACT_DUPLICATE", 30, 6)).contains(RejectReason.DUPLICATE);
        assertThat(filter.check(FINDINGS, "See above.", "UNIQUE", 30, 6))
                .contains(RejectReason.IMPRESSION_WITHOUT_CONTENT);
        assertThat(filter.check("Kein Nachweis eines Pneumothorax. Herz und Lunge regelrecht.",
                "Unauffälliger Befund der Lunge.", "UNIQUE", 30, 6)).contains(RejectReason.NON_ENGLISH);
        assertThat(filter.check(FINDINGS, FINDINGS, "UNIQUE", 30, 30))
                .contains(RejectReason.IMPRESSION_COPIES_FINDINGS);
        assertThat(filter.check(FINDINGS, IMPRESSION, "UNIQUE", 7, 6)).contains(RejectReason.TOO_SHORT);
        assertThat(filter.check(FINDINGS, IMPRESSION, "UNIQUE", 30, 1)).contains(RejectReason.TOO_SHORT);
        assertThat(filter.check(FINDINGS, IMPRESSION, "UNIQUE", 1025, 6)).contains(RejectReason.TOO_LONG);
        assertThat(filter.check(FINDINGS, IMPRESSION, "UNIQUE", 30, 257)).contains(RejectReason.TOO_LONG);
    }

    @Test
    void tokenLimitsAreInclusive() {
        ExampleFilter limits = filter.withTokenLimits(10, 20, 3, 5);
        assertThat(limits.checkLength(10, 3)).isEmpty();
        assertThat(limits.checkLength(20, 5)).isEmpty();
        assertThat(limits.checkLength(9, 3)).contains(RejectReason.TOO_SHORT);
        assertThat(limits.checkLength(21, 5)).contains(RejectReason.TOO_LONG);
        assertThat(limits.checkLength(10, 6)).contains(RejectReason.TOO_LONG);
        assertThat(limits.checkLength(9, 6)).as("short input before long output").contains(RejectReason.TOO_SHORT);
    }

    @Test
    void returnsTheFirstReasonInTheDocumentedOrder() {
        // Every later reason applies too: missing findings, a duplicate, a "see above" ... only the first counts.
        assertThat(filter.check(null, null, "EXACT_DUPLICATE", 0, 0)).contains(RejectReason.NO_FINDINGS);
        assertThat(filter.check(FINDINGS, null, "EXACT_DUPLICATE", 0, 0)).contains(RejectReason.NO_IMPRESSION);
        assertThat(filter.check(FINDINGS, "see above", "NEAR_DUPLICATE", 0, 0)).contains(RejectReason.DUPLICATE);
        assertThat(filter.check("Siehe Befund: kein Erguss und keine Verdichtung der Lunge.", "Siehe oben",
                "UNIQUE", 0, 0)).as("'oben' is not an English placeholder: judged by language")
                .contains(RejectReason.NON_ENGLISH);
        assertThat(filter.check(FINDINGS, "As above.", "UNIQUE", 0, 0))
                .contains(RejectReason.IMPRESSION_WITHOUT_CONTENT);
        String german = "Die Lunge ist frei. Kein Erguss und kein Pneumothorax. Das Herz ist nicht vergrößert.";
        assertThat(filter.check(german, german, "UNIQUE", 0, 0)).contains(RejectReason.NON_ENGLISH);
        assertThat(filter.check(FINDINGS, FINDINGS, "UNIQUE", 0, 5000))
                .contains(RejectReason.IMPRESSION_COPIES_FINDINGS);
        assertThat(filter.check(FINDINGS, IMPRESSION, "UNIQUE", 0, 5000)).contains(RejectReason.TOO_SHORT);
        assertThat(RejectReason.values()).containsExactly(RejectReason.NO_FINDINGS, RejectReason.NO_IMPRESSION,
                RejectReason.DUPLICATE, RejectReason.IMPRESSION_WITHOUT_CONTENT, RejectReason.NON_ENGLISH,
                RejectReason.IMPRESSION_COPIES_FINDINGS, RejectReason.TOO_SHORT, RejectReason.TOO_LONG);
    }

    @Test
    void checkIsCheckTextThenCheckLength() {
        assertThat(filter.checkText(FINDINGS, IMPRESSION, "UNIQUE")).isEmpty();
        assertThat(filter.checkText(FINDINGS, "N/A", "UNIQUE")).contains(RejectReason.IMPRESSION_WITHOUT_CONTENT);
        assertThat(filter.checkLength(1, 1)).isEqualTo(Optional.of(RejectReason.TOO_SHORT));
    }

    @Test
    void rejectsUnknownDedupStatusWithoutEchoingFreeText() {
        assertThatThrownBy(() -> filter.check(FINDINGS, IMPRESSION, "MAYBE", 30, 6))
                .hasMessage("dedup_status must be UNIQUE, EXACT_DUPLICATE or NEAR_DUPLICATE, got: MAYBE");
        assertThatThrownBy(() -> filter.check(FINDINGS, IMPRESSION, "John Smith", 30, 6))
                .hasMessage("dedup_status must be UNIQUE, EXACT_DUPLICATE or NEAR_DUPLICATE, got: a value that is"
                        + " not a status name");
        assertThatThrownBy(() -> filter.check(FINDINGS, IMPRESSION, null, 30, 6))
                .hasMessageEndingWith("got: null");
    }

    @Test
    void rejectsNegativeTokenCounts() {
        assertThatThrownBy(() -> filter.checkLength(-1, 3))
                .hasMessage("token counts must be >= 0, got input -1 and output 3");
    }

    @Test
    void validatesItsSettings() {
        assertThatThrownBy(() -> new ExampleFilter(-1, 10, 1, 10, 3, 0.8, 0.5))
                .hasMessage("minInputTokens must be >= 0, got: -1");
        assertThatThrownBy(() -> new ExampleFilter(20, 10, 1, 10, 3, 0.8, 0.5))
                .hasMessage("maxInputTokens must be >= 20, got: 10");
        assertThatThrownBy(() -> new ExampleFilter(0, 0, 1, 10, 3, 0.8, 0.5))
                .hasMessage("maxInputTokens must be >= 1, got: 0");
        assertThatThrownBy(() -> new ExampleFilter(1, 10, 5, 4, 3, 0.8, 0.5))
                .hasMessage("maxOutputTokens must be >= 5, got: 4");
        assertThatThrownBy(() -> new ExampleFilter(1, 10, 1, 10, 0, 0.8, 0.5))
                .hasMessage("copyNgramSize must be in [1, 8], got: 0");
        assertThatThrownBy(() -> new ExampleFilter(1, 10, 1, 10, 3, 0.0, 0.5))
                .hasMessage("copyContainment must be in (0, 1], got: 0.0");
        assertThatThrownBy(() -> new ExampleFilter(1, 10, 1, 10, 3, 0.8, Double.NaN))
                .hasMessage("copyCoverage must be in (0, 1], got: NaN");
        assertThat(new ExampleFilter(0, 1, 0, 1, 1, 1.0, 1.0).copyNgramSize()).isEqualTo(1);
    }

    @Test
    void everyReasonHasADescription() {
        for (RejectReason reason : RejectReason.values()) {
            assertThat(reason.description()).as(reason.name()).isNotBlank();
        }
    }
}
