package io.radlake.deid.eval;

import io.radlake.corpus.GeneratedReport;
import io.radlake.corpus.PhiSpan;
import io.radlake.deid.PhiFinding;
import io.radlake.phi.PhiCategory;

import java.util.List;
import java.util.Objects;

/**
 * Scores the findings of one report against its ground-truth spans.
 *
 * <ul>
 *   <li>A truth span is <b>detected</b> when every non-whitespace character of it is covered by some finding, of
 *       any category: what protects a patient is that the text gets redacted, not the label it gets. A truth span
 *       that is not detected has <b>leaked</b>.</li>
 *   <li>A finding is a <b>true positive</b> when it overlaps at least one truth span (of any category), else a
 *       <b>false positive</b> (text redacted for nothing).</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class SpanScorer {

    private static final int CATEGORIES = PhiCategory.values().length;

    public DeidScore score(GeneratedReport report, List<PhiFinding> findings) {
        return score(report.reportText(), report.phiSpans(), findings);
    }

    /**
     * @param text     the report text both lists index into
     * @param truth    planted spans, any order
     * @param findings detector output, any order
     */
    public DeidScore score(String text, List<PhiSpan> truth, List<PhiFinding> findings) {
        Objects.requireNonNull(text, "text");
        int n = text.length();
        boolean[] redacted = new boolean[n];
        for (PhiFinding finding : findings) {
            if (finding.end() > n) {
                throw new IllegalArgumentException("finding must lie inside the text of length " + n
                        + ", got end: " + finding.end());
            }
            for (int i = finding.start(); i < finding.end(); i++) {
                redacted[i] = true;
            }
        }
        boolean[] planted = new boolean[n];
        long[] truthSpans = new long[CATEGORIES];
        long[] detected = new long[CATEGORIES];
        for (PhiSpan span : truth) {
            if (span.end() > n) {
                throw new IllegalArgumentException("truth span must lie inside the text of length " + n
                        + ", got end: " + span.end());
            }
            int c = span.category().ordinal();
            truthSpans[c]++;
            boolean covered = true;
            for (int i = span.start(); i < span.end(); i++) {
                planted[i] = true;
                covered &= redacted[i] || Character.isWhitespace(text.charAt(i));
            }
            if (covered) {
                detected[c]++;
            }
        }
        long[] findingCount = new long[CATEGORIES];
        long[] truePositives = new long[CATEGORIES];
        for (PhiFinding finding : findings) {
            int c = finding.category().ordinal();
            findingCount[c]++;
            for (int i = finding.start(); i < finding.end(); i++) {
                if (planted[i]) {
                    truePositives[c]++;
                    break;
                }
            }
        }
        return new DeidScore(1, truthSpans, detected, findingCount, truePositives);
    }
}
