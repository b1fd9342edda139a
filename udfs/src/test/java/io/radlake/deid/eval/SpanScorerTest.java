package io.radlake.deid.eval;

import io.radlake.corpus.PhiSpan;
import io.radlake.deid.PhiFinding;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.radlake.phi.PhiCategory.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SpanScorerTest {

    //                                     0         1         2         3
    //                                     0123456789012345678901234567890123456
    private static final String TEXT = "Dr. Jane Smith on 03/14/2021 MRN 1234";
    private static final List<PhiSpan> TRUTH = List.of(new PhiSpan(NAME, 4, 14), new PhiSpan(DATE, 18, 28),
            new PhiSpan(MRN, 33, 37));

    private final SpanScorer scorer = new SpanScorer();

    @Test
    void aSpanIsDetectedWhenEveryNonSpaceCharIsCoveredByAnyCategory() {
        // Two findings with a gap only at the space, the date found as TIME: all detected.
        DeidScore score = scorer.score(TEXT, TRUTH, List.of(new PhiFinding(NAME, 4, 8, "a"),
                new PhiFinding(NAME, 9, 14, "a"), new PhiFinding(TIME, 18, 28, "b"), new PhiFinding(MRN, 33, 37, "c")));
        assertThat(score.category(NAME).detected()).isEqualTo(1);
        assertThat(score.category(DATE).detected()).isEqualTo(1);
        assertThat(score.leaked()).isZero();
        assertThat(score.recall()).isEqualTo(1.0);
    }

    @Test
    void aPartlyCoveredSpanLeaks() {
        DeidScore score = scorer.score(TEXT, TRUTH, List.of(new PhiFinding(NAME, 4, 8, "a"),
                new PhiFinding(DATE, 18, 28, "b")));
        assertThat(score.category(NAME).leaked()).isEqualTo(1);
        assertThat(score.category(MRN).leaked()).isEqualTo(1);
        assertThat(score.category(DATE).leaked()).isZero();
        assertThat(score.recall()).isCloseTo(1.0 / 3, within(1e-9));
    }

    @Test
    void findingsOverlappingNoTruthAreFalsePositives() {
        DeidScore score = scorer.score(TEXT, TRUTH, List.of(new PhiFinding(NAME, 0, 2, "title"),
                new PhiFinding(NAME, 4, 14, "a"), new PhiFinding(DATE, 15, 19, "partial overlap")));
        assertThat(score.category(NAME).findings()).isEqualTo(2);
        assertThat(score.category(NAME).falsePositives()).isEqualTo(1);
        assertThat(score.category(NAME).precision()).isEqualTo(0.5);
        assertThat(score.category(DATE).truePositives()).isEqualTo(1);
        assertThat(score.precision()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(score.f1()).isGreaterThan(0).isLessThan(1);
    }

    @Test
    void emptyCategoriesScoreOne() {
        DeidScore score = scorer.score(TEXT, List.of(), List.of());
        assertThat(score.recall()).isEqualTo(1.0);
        assertThat(score.precision()).isEqualTo(1.0);
        assertThat(score.category(EMAIL).f1()).isEqualTo(1.0);
    }

    @Test
    void scoresMergeAndSerialize() throws Exception {
        DeidScore a = scorer.score(TEXT, TRUTH, List.of(new PhiFinding(NAME, 4, 14, "a")));
        DeidScore b = scorer.score(TEXT, TRUTH, List.of(new PhiFinding(MRN, 33, 37, "c"),
                new PhiFinding(ZIP, 0, 2, "x")));
        DeidScore merged = a.merge(b);
        assertThat(merged.reports()).isEqualTo(2);
        assertThat(merged.truthSpans()).isEqualTo(6);
        assertThat(merged.detected()).isEqualTo(2);
        assertThat(merged.findings()).isEqualTo(3);
        assertThat(merged.falsePositives()).isEqualTo(1);
        assertThat(DeidScore.empty().merge(merged)).isEqualTo(merged);
        assertThat(merged.format()).contains("NAME", "MRN", "ZIP", "ALL");

        assertThat(JavaSerialization.roundTrip(merged)).isEqualTo(merged);
    }

    @Test
    void findingsOutsideTheTextAreRejected() {
        assertThatThrownBy(() -> scorer.score("short", List.of(), List.of(new PhiFinding(NAME, 2, 9, "a"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("length 5");
    }
}
