package io.radlake.deid.eval;

import io.radlake.phi.PhiCategory;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The quality a de-identification run must reach on a generated corpus.
 *
 * @param minOverallRecall  recall over every truth span
 * @param minCategoryRecall recall of each category that has truth spans
 * @param minPrecision      overall precision
 * @param neverLeak         categories of which no span may be missed by the detector nor found in published text
 */
public record QualityBar(double minOverallRecall, double minCategoryRecall, double minPrecision,
                         Set<PhiCategory> neverLeak) {

    public QualityBar {
        neverLeak = Set.copyOf(neverLeak);
    }

    /** The bar of the de-identification issue: names and identifiers must never get through. */
    public static QualityBar standard() {
        return new QualityBar(0.995, 0.98, 0.95, EnumSet.of(PhiCategory.NAME, PhiCategory.MRN, PhiCategory.ACCESSION,
                PhiCategory.SSN, PhiCategory.OTHER_ID));
    }

    /** One line saying what the bar asks. */
    public String describe() {
        return String.format(Locale.ROOT, "recall >= %s overall and >= %s per category, precision >= %s,"
                        + " no missed or leaked %s", minOverallRecall, minCategoryRecall, minPrecision,
                neverLeak.stream().sorted().map(Enum::name).collect(Collectors.joining("/")));
    }

    /** What falls short of the bar, one line each (counts and ratios only); empty when the bar is met. */
    public List<String> shortfalls(DeidEvaluation evaluation) {
        List<String> out = new ArrayList<>();
        DeidScore score = evaluation.score();
        if (score.truthSpans() == 0) {
            out.add("no ground-truth span was scored: load the corpus's ground truth and ingest its reports first");
            return out;
        }
        if (evaluation.reportsPublished() == 0) {
            // Otherwise a run before de-identification (or with the wrong table) would pass without a leak check.
            out.add("no scored report has a published text: leaks were not checked (de-identify first)");
        }
        if (score.recall() < minOverallRecall) {
            out.add(String.format(Locale.ROOT, "overall recall %.4f < %s", score.recall(), minOverallRecall));
        }
        for (DeidScore.CategoryScore category : score.categories()) {
            if (category.truthSpans() > 0 && category.recall() < minCategoryRecall) {
                out.add(String.format(Locale.ROOT, "recall of %s %.4f < %s", category.category(), category.recall(),
                        minCategoryRecall));
            }
        }
        if (score.precision() < minPrecision) {
            out.add(String.format(Locale.ROOT, "precision %.4f < %s", score.precision(), minPrecision));
        }
        for (PhiCategory category : PhiCategory.values()) {
            if (!neverLeak.contains(category)) {
                continue;
            }
            long missed = score.category(category).leaked();
            if (missed > 0) {
                out.add(category + ": " + missed + " span(s) missed by the detector (must be 0)");
            }
            if (evaluation.leaked(category) > 0) {
                out.add(category + ": " + evaluation.leaked(category) + " span(s) found in published text (must be 0)");
            }
        }
        return out;
    }
}
