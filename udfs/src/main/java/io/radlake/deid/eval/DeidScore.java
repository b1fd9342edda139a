package io.radlake.deid.eval;

import io.radlake.phi.PhiCategory;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Detection quality over one or more reports, per {@link PhiCategory} and overall. Immutable, {@link Serializable}
 * and mergeable ({@link #merge}), so Spark can sum scores of partitions.
 *
 * <p>Definitions (see {@link SpanScorer}):
 * <ul>
 *   <li>truth spans: planted identifiers of the category;</li>
 *   <li>detected: truth spans whose every non-whitespace character is covered by some finding, of any category
 *       (redaction is what protects); leaked = truth spans - detected;</li>
 *   <li>findings: findings the detector reported as the category; a finding is a true positive when it overlaps
 *       a truth span (of any category), else a false positive;</li>
 *   <li>recall = detected / truth spans (1 when there are none), precision = true positives / findings (1 when
 *       there are none), F1 their harmonic mean. Per category, recall counts truth spans of the category and
 *       precision counts findings of the category; overall sums every category.</li>
 * </ul>
 */
public final class DeidScore implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int CATEGORIES = PhiCategory.values().length;

    private final long reports;
    private final long[] truthSpans;
    private final long[] detected;
    private final long[] findings;
    private final long[] truePositives;

    DeidScore(long reports, long[] truthSpans, long[] detected, long[] findings, long[] truePositives) {
        this.reports = reports;
        this.truthSpans = truthSpans.clone();
        this.detected = detected.clone();
        this.findings = findings.clone();
        this.truePositives = truePositives.clone();
    }

    /** The score of zero reports: the identity of {@link #merge}. */
    public static DeidScore empty() {
        long[] zero = new long[CATEGORIES];
        return new DeidScore(0, zero, zero, zero, zero);
    }

    public DeidScore merge(DeidScore other) {
        return new DeidScore(reports + other.reports, sum(truthSpans, other.truthSpans), sum(detected, other.detected),
                sum(findings, other.findings), sum(truePositives, other.truePositives));
    }

    public long reports() {
        return reports;
    }

    public CategoryScore category(PhiCategory category) {
        int i = category.ordinal();
        return new CategoryScore(category, truthSpans[i], detected[i], findings[i], truePositives[i]);
    }

    /** Every category, in enum order. */
    public List<CategoryScore> categories() {
        List<CategoryScore> all = new ArrayList<>(CATEGORIES);
        for (PhiCategory category : PhiCategory.values()) {
            all.add(category(category));
        }
        return all;
    }

    public long truthSpans() {
        return total(truthSpans);
    }

    public long detected() {
        return total(detected);
    }

    public long leaked() {
        return truthSpans() - detected();
    }

    public long findings() {
        return total(findings);
    }

    public long truePositives() {
        return total(truePositives);
    }

    public long falsePositives() {
        return findings() - truePositives();
    }

    public double recall() {
        return ratio(detected(), truthSpans());
    }

    public double precision() {
        return ratio(truePositives(), findings());
    }

    public double f1() {
        return f1(precision(), recall());
    }

    /** A small fixed-width table: one line per category with truth spans or findings, then the total. */
    public String format() {
        StringBuilder out = new StringBuilder(2048);
        out.append(String.format(Locale.ROOT, "%-15s %9s %9s %7s %9s %7s %8s %9s %7s%n", "category", "truth",
                "detected", "leaked", "findings", "FP", "recall", "precision", "F1"));
        for (CategoryScore score : categories()) {
            if (score.truthSpans() > 0 || score.findings() > 0) {
                out.append(line(score.category().name(), score.truthSpans(), score.detected(), score.leaked(),
                        score.findings(), score.falsePositives(), score.recall(), score.precision(), score.f1()));
            }
        }
        out.append(line("ALL", truthSpans(), detected(), leaked(), findings(), falsePositives(), recall(),
                precision(), f1()));
        return out.toString();
    }

    @Override
    public String toString() {
        return "DeidScore{reports=" + reports + ", recall=" + recall() + ", precision=" + precision() + "}";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeidScore other && reports == other.reports
                && Arrays.equals(truthSpans, other.truthSpans) && Arrays.equals(detected, other.detected)
                && Arrays.equals(findings, other.findings) && Arrays.equals(truePositives, other.truePositives);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(reports) * 31 + Arrays.hashCode(truthSpans) * 17 + Arrays.hashCode(detected);
    }

    private static String line(String name, long truth, long detected, long leaked, long findings, long fp,
                               double recall, double precision, double f1) {
        return String.format(Locale.ROOT, "%-15s %9d %9d %7d %9d %7d %8.4f %9.4f %7.4f%n", name, truth, detected,
                leaked, findings, fp, recall, precision, f1);
    }

    static double ratio(long part, long whole) {
        return whole == 0 ? 1.0 : (double) part / whole;
    }

    static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static long[] sum(long[] a, long[] b) {
        long[] out = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] + b[i];
        }
        return out;
    }

    private static long total(long[] values) {
        long sum = 0;
        for (long value : values) {
            sum += value;
        }
        return sum;
    }

    /** Quality of one category; see {@link DeidScore} for the definitions. */
    public record CategoryScore(PhiCategory category, long truthSpans, long detected, long findings,
                                long truePositives) implements Serializable {

        public long leaked() {
            return truthSpans - detected;
        }

        public long falsePositives() {
            return findings - truePositives;
        }

        public double recall() {
            return ratio(detected, truthSpans);
        }

        public double precision() {
            return ratio(truePositives, findings);
        }

        public double f1() {
            return DeidScore.f1(precision(), recall());
        }
    }
}
