package io.radlake.deid.eval;

import io.radlake.corpus.GeneratedReport;
import io.radlake.corpus.PhiSpan;
import io.radlake.corpus.ReportGenerator;
import io.radlake.deid.PhiFinding;
import io.radlake.deid.spark.DeidJobSettings;
import io.radlake.phi.PhiCategory;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.radlake.phi.PhiCategory.*;
import static org.assertj.core.api.Assertions.assertThat;

class DeidEvaluatorTest {

    //                                     0         1         2
    //                                     0123456789012345678901234567
    private static final String TEXT = "Dr. Jane Smith, MRN 1234567";
    private static final List<PhiSpan> TRUTH = List.of(new PhiSpan(NAME, 4, 14), new PhiSpan(MRN, 20, 27));

    /** Finds the name only, plus one false positive on "Dr". */
    private final DeidEvaluator evaluator = new DeidEvaluator(
            text -> List.of(new PhiFinding(NAME, 0, 2, "fp"), new PhiFinding(NAME, 4, 14, "name")));

    @Test
    void scoresFindingsAndCountsLeaksInThePublishedText() {
        DeidEvaluation e = evaluator.evaluate(TEXT, TRUTH, "Dr. [NAME], MRN 1234567");
        assertThat(e.reportsScored()).isEqualTo(1);
        assertThat(e.reportsPublished()).isEqualTo(1);
        assertThat(e.score().category(MRN).leaked()).as("missed").isEqualTo(1);
        assertThat(e.leaked(MRN)).isEqualTo(1);
        assertThat(e.leaked(NAME)).isZero();
        assertThat(e.score().category(NAME).falsePositives()).isEqualTo(1);
        assertThat(e.format()).contains("NAME", "MRN", "ALL").doesNotContain("1234567", "Smith");
    }

    @Test
    void anUnpublishedReportIsScoredButNotCheckedForLeaks() {
        DeidEvaluation e = evaluator.evaluate(TEXT, TRUTH, null);
        assertThat(e.reportsScored()).isEqualTo(1);
        assertThat(e.reportsPublished()).isZero();
        assertThat(e.leaked()).isZero();
    }

    @Test
    void reportsThatCannotBeScoredAreSkipped() {
        assertThat(evaluator.evaluate("short", TRUTH, null)).isEqualTo(DeidEvaluation.skippedReport());
        DeidEvaluator failing = new DeidEvaluator(text -> {
            throw new IllegalStateException("boom");
        });
        DeidEvaluation e = failing.evaluate(TEXT, TRUTH, "x");
        assertThat(e.reportsSkipped()).isEqualTo(1);
        assertThat(e.reportsScored()).isZero();
    }

    @Test
    void evaluationsMergeAndSerialize() throws Exception {
        DeidEvaluation merged = evaluator.evaluate(TEXT, TRUTH, "Dr. [NAME], MRN 1234567")
                .merge(evaluator.evaluate(TEXT, TRUTH, null)).merge(DeidEvaluation.skippedReport());
        assertThat(merged.reportsScored()).isEqualTo(2);
        assertThat(merged.reportsPublished()).isEqualTo(1);
        assertThat(merged.reportsSkipped()).isEqualTo(1);
        assertThat(merged.score().truthSpans()).isEqualTo(4);
        assertThat(merged.leaked()).isEqualTo(1);
        assertThat(DeidEvaluation.empty().merge(merged)).isEqualTo(merged);

        assertThat(JavaSerialization.roundTrip(merged)).isEqualTo(merged);
    }

    @Test
    void theBarNamesEveryShortfallWithoutText() {
        List<String> shortfalls = QualityBar.standard().shortfalls(evaluator.evaluate(TEXT, TRUTH, "MRN 1234567"));
        assertThat(shortfalls).anyMatch(s -> s.startsWith("overall recall 0.5000 < 0.995"))
                .anyMatch(s -> s.startsWith("recall of MRN 0.0000 < 0.98"))
                .anyMatch(s -> s.startsWith("precision 0.5000 < 0.95"))
                .anyMatch(s -> s.startsWith("MRN: 1 span(s) missed"))
                .anyMatch(s -> s.startsWith("MRN: 1 span(s) found in published text"))
                .noneMatch(s -> s.contains("1234567"));
        // Perfect detection, but nothing published to check for leaks: not a pass.
        DeidEvaluator perfect = new DeidEvaluator(text -> List.of(new PhiFinding(NAME, 4, 14, "name"),
                new PhiFinding(MRN, 20, 27, "mrn")));
        assertThat(QualityBar.standard().shortfalls(perfect.evaluate(TEXT, TRUTH, null))).singleElement()
                .satisfies(s -> assertThat(s).startsWith("no scored report has a published text"));
        assertThat(QualityBar.standard().shortfalls(perfect.evaluate(TEXT, TRUTH, "Dr. [NAME], MRN [MRN]"))).isEmpty();
        assertThat(QualityBar.standard().shortfalls(DeidEvaluation.empty())).singleElement()
                .satisfies(s -> assertThat(s).startsWith("no ground-truth span was scored"));
    }

    @Test
    void theJobsDetectorMeetsTheBarOnGeneratedReports() {
        DeidEvaluator real = new DeidEvaluator(DeidJobSettings.detector());
        ReportGenerator generator = new ReportGenerator(11);
        DeidEvaluation sum = DeidEvaluation.empty();
        for (int i = 0; i < 200; i++) {
            GeneratedReport r = generator.generate(i);
            // Published text with every span blanked: no leaks whatever the detector does.
            StringBuilder blanked = new StringBuilder(r.reportText());
            for (PhiSpan s : r.phiSpans()) {
                for (int c = s.start(); c < s.end(); c++) {
                    blanked.setCharAt(c, '#');
                }
            }
            sum = sum.merge(real.evaluate(r.reportText(), r.phiSpans(), blanked.toString()));
        }
        assertThat(sum.reportsScored()).isEqualTo(200);
        assertThat(sum.score().truthSpans()).isGreaterThan(1000);
        assertThat(sum.leaked()).isZero();
        assertThat(QualityBar.standard().shortfalls(sum)).isEmpty();
        assertThat(sum.categoriesSeen()).contains(PhiCategory.NAME, PhiCategory.DATE);
    }
}
