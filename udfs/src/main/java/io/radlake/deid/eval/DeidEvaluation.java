package io.radlake.deid.eval;

import io.radlake.phi.PhiCategory;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What {@code radlake deid-eval} measured over a set of reports: the detection {@link DeidScore} against the ground
 * truth, and per category how many truth spans still occur verbatim in the published text ({@link LeakCounter}).
 * Counts only, never text. Immutable, {@link Serializable} and mergeable, so Spark can sum partitions.
 *
 * <p>"Missed" (a truth span the detector did not cover, {@link DeidScore.CategoryScore#leaked()}) and "leaked"
 * (found in the published text) differ: a missed span usually leaks, but a leak can also come from a surrogate that
 * happens to equal another report identifier, or from a published row made by another engine version.
 */
public final class DeidEvaluation implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int CATEGORIES = PhiCategory.values().length;

    private final DeidScore score;
    private final long[] leaked;
    private final long reportsPublished;
    private final long reportsSkipped;

    private DeidEvaluation(DeidScore score, long[] leaked, long reportsPublished, long reportsSkipped) {
        this.score = score;
        this.leaked = leaked.clone();
        this.reportsPublished = reportsPublished;
        this.reportsSkipped = reportsSkipped;
    }

    /** Nothing evaluated: the identity of {@link #merge}. */
    public static DeidEvaluation empty() {
        return new DeidEvaluation(DeidScore.empty(), new long[CATEGORIES], 0, 0);
    }

    /**
     * One scored report.
     *
     * @param leakedCategories one entry per leaked truth span
     * @param published        whether the report's published text was checked for leaks
     */
    public static DeidEvaluation ofReport(DeidScore score, List<PhiCategory> leakedCategories, boolean published) {
        long[] leaked = new long[CATEGORIES];
        for (PhiCategory category : leakedCategories) {
            leaked[category.ordinal()]++;
        }
        return new DeidEvaluation(score, leaked, published ? 1 : 0, 0);
    }

    /** One report that could not be scored (ground truth outside its text, or the detector failed on it). */
    public static DeidEvaluation skippedReport() {
        return new DeidEvaluation(DeidScore.empty(), new long[CATEGORIES], 0, 1);
    }

    public DeidEvaluation merge(DeidEvaluation other) {
        long[] sum = new long[CATEGORIES];
        for (int i = 0; i < CATEGORIES; i++) {
            sum[i] = leaked[i] + other.leaked[i];
        }
        return new DeidEvaluation(score.merge(other.score), sum, reportsPublished + other.reportsPublished,
                reportsSkipped + other.reportsSkipped);
    }

    public DeidScore score() {
        return score;
    }

    /** Reports scored against their ground truth. */
    public long reportsScored() {
        return score.reports();
    }

    /** Of the scored reports, those whose published text was found and checked for leaks. */
    public long reportsPublished() {
        return reportsPublished;
    }

    public long reportsSkipped() {
        return reportsSkipped;
    }

    /** Truth spans of the category whose original string occurs in the published text. */
    public long leaked(PhiCategory category) {
        return leaked[category.ordinal()];
    }

    public long leaked() {
        return Arrays.stream(leaked).sum();
    }

    /** Categories with truth spans, findings or leaks, in enum order. */
    public List<PhiCategory> categoriesSeen() {
        return Arrays.stream(PhiCategory.values())
                .filter(c -> score.category(c).truthSpans() > 0 || score.category(c).findings() > 0 || leaked(c) > 0)
                .toList();
    }

    /** A fixed-width table: one line per category seen, then ALL. */
    public String format() {
        StringBuilder out = new StringBuilder(2048);
        out.append(String.format(Locale.ROOT, "%-15s %8s %8s %6s %8s %6s %7s %9s %7s %6s%n", "category", "spans",
                "detected", "missed", "findings", "FP", "recall", "precision", "F1", "leaked"));
        for (PhiCategory category : categoriesSeen()) {
            DeidScore.CategoryScore s = score.category(category);
            out.append(line(category.name(), s.truthSpans(), s.detected(), s.findings(), s.falsePositives(),
                    s.recall(), s.precision(), s.f1(), leaked(category)));
        }
        out.append(line("ALL", score.truthSpans(), score.detected(), score.findings(), score.falsePositives(),
                score.recall(), score.precision(), score.f1(), leaked()));
        return out.toString();
    }

    private static String line(String name, long spans, long detected, long findings, long fp, double recall,
                               double precision, double f1, long leaked) {
        return String.format(Locale.ROOT, "%-15s %8d %8d %6d %8d %6d %7.4f %9.4f %7.4f %6d%n", name, spans, detected,
                spans - detected, findings, fp, recall, precision, f1, leaked);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeidEvaluation other && score.equals(other.score) && Arrays.equals(leaked, other.leaked)
                && reportsPublished == other.reportsPublished && reportsSkipped == other.reportsSkipped;
    }

    @Override
    public int hashCode() {
        return score.hashCode() * 31 + Arrays.hashCode(leaked);
    }

    @Override
    public String toString() {
        return "DeidEvaluation{reports=" + reportsScored() + ", published=" + reportsPublished + ", skipped="
                + reportsSkipped + ", recall=" + score.recall() + ", precision=" + score.precision() + ", leaked="
                + leaked() + "}";
    }
}
