package io.radlake.deid;

import io.radlake.corpus.GeneratedReport;
import io.radlake.corpus.PhiSpan;
import io.radlake.corpus.ReportGenerator;
import io.radlake.deid.eval.DeidScore;
import io.radlake.deid.eval.SpanScorer;
import io.radlake.phi.PhiCategory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quality on generated reports (the generator plants PHI with exact spans): recall, precision, and no leaked
 * name or identifier. Also checks the output contract (sorted, non-overlapping, inside the text) on every report.
 */
class DetectionQualityTest {

    private static final RuleBasedPhiDetector DETECTOR = RuleBasedPhiDetector.standard();
    private static final List<PhiCategory> NEVER_LEAK = List.of(PhiCategory.NAME, PhiCategory.MRN,
            PhiCategory.ACCESSION, PhiCategory.SSN, PhiCategory.OTHER_ID);

    @ParameterizedTest(name = "seed {0}, {1} reports")
    @CsvSource({"42, 3000", "7, 1500"})
    void generatedReportsMeetTheQualityBar(long seed, int reports) {
        ReportGenerator generator = new ReportGenerator(seed);
        SpanScorer scorer = new SpanScorer();
        DeidScore score = DeidScore.empty();
        for (int i = 0; i < reports; i++) {
            GeneratedReport report = generator.generate(i);
            List<PhiFinding> findings = DETECTOR.detect(report.reportText());
            assertContract(report, findings);
            score = score.merge(scorer.score(report, findings));
        }
        System.out.printf("seed %d, %d reports%n%s", seed, reports, score.format());
        assertThat(score.recall()).as("overall recall").isGreaterThanOrEqualTo(0.995);
        assertThat(score.precision()).as("overall precision").isGreaterThanOrEqualTo(0.95);
        for (DeidScore.CategoryScore category : score.categories()) {
            if (category.truthSpans() > 0) {
                assertThat(category.recall()).as("recall of %s", category.category()).isGreaterThanOrEqualTo(0.98);
            }
        }
        for (PhiCategory category : NEVER_LEAK) {
            assertThat(score.category(category).leaked()).as("leaked %s", category).isZero();
        }
    }

    private static void assertContract(GeneratedReport report, List<PhiFinding> findings) {
        int previousEnd = 0;
        for (PhiFinding finding : findings) {
            assertThat(finding.start()).as("sorted, non-overlapping in %s", report.reportId())
                    .isGreaterThanOrEqualTo(previousEnd);
            assertThat(finding.end()).isLessThanOrEqualTo(report.reportText().length());
            previousEnd = finding.end();
        }
        // Every planted span of the report exists (guards against scoring an empty ground truth).
        for (PhiSpan span : report.phiSpans()) {
            assertThat(span.end()).isLessThanOrEqualTo(report.reportText().length());
        }
    }
}
