package io.radlake.deid.eval;

import io.radlake.corpus.PhiSpan;
import io.radlake.deid.PhiDetector;
import io.radlake.deid.PhiFinding;

import java.util.List;
import java.util.Objects;

/**
 * Evaluates one report: runs the detector on its original text, scores the findings against the planted spans
 * ({@link SpanScorer}) and, when the report was published, counts the spans still in its published text
 * ({@link LeakCounter}). Immutable and thread-safe when the detector is.
 */
public final class DeidEvaluator {

    private final PhiDetector detector;
    private final SpanScorer scorer = new SpanScorer();
    private final LeakCounter leaks = new LeakCounter();

    public DeidEvaluator(PhiDetector detector) {
        this.detector = Objects.requireNonNull(detector, "detector");
    }

    /**
     * @param originalText the text the truth spans index into
     * @param truth        planted spans of that text
     * @param deidText     the report's published text, or null when it was not published (not yet de-identified,
     *                     or quarantined)
     * @return the report's score; {@link DeidEvaluation#skippedReport()} when a span lies outside the text (the
     *     ground truth belongs to another text) or the detector fails (the de-identification job quarantines such
     *     a report, so nothing of it is published)
     */
    public DeidEvaluation evaluate(String originalText, List<PhiSpan> truth, String deidText) {
        Objects.requireNonNull(originalText, "originalText");
        for (PhiSpan span : truth) {
            if (span.end() > originalText.length()) {
                return DeidEvaluation.skippedReport();
            }
        }
        List<PhiFinding> findings;
        try {
            findings = detector.detect(originalText);
        } catch (RuntimeException | StackOverflowError e) {
            return DeidEvaluation.skippedReport();
        }
        DeidScore score = scorer.score(originalText, truth, findings);
        if (deidText == null) {
            return DeidEvaluation.ofReport(score, List.of(), false);
        }
        return DeidEvaluation.ofReport(score, leaks.leaked(originalText, truth, deidText), true);
    }
}
