package io.radlake.eval.report;

import io.radlake.eval.rouge.RougeType;
import io.radlake.eval.summary.EvaluationSummary;
import io.radlake.eval.summary.SliceRow;

import java.util.Comparator;
import java.util.List;

/**
 * The published groups furthest below their model's overall F1, worst first: the HTML's gap table, and the bars the
 * PNG slice charts outline.
 */
final class LargestGaps {
    /** How many the report lists. */
    static final int LIMIT = 12;

    private LargestGaps() {
    }

    static List<SliceRow> of(EvaluationSummary summary, RougeType type) {
        return summary.slices().stream()
                .filter(r -> !r.result().suppressed() && !r.result().key().isOverall())
                .filter(r -> r.result().metric(type).gap() < 0)
                .sorted(Comparator.comparingDouble((SliceRow r) -> r.result().metric(type).gap())
                        .thenComparing(r -> r.result().key())
                        .thenComparing(SliceRow::modelId))
                .limit(LIMIT).toList();
    }
}
