package io.radlake.eval.slices;

import io.radlake.eval.rouge.RougeScores;
import io.radlake.eval.rouge.RougeType;
import io.radlake.eval.rouge.Score;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Tiny builders for slice tests. */
final class SliceFixtures {

    private SliceFixtures() {
    }

    /** Scores with ROUGE-1 F1 {@code f1} and ROUGE-L F1 {@code f1 / 2}. */
    static RougeScores scores(double f1) {
        Map<RougeType, Score> byType = new LinkedHashMap<>();
        byType.put(RougeType.ROUGE_1, new Score(f1, f1, f1));
        byType.put(RougeType.ROUGE_L, new Score(f1 / 2, f1 / 2, f1 / 2));
        return new RougeScores(byType);
    }

    /** Alternating attribute names and values; a null value is allowed. */
    static Map<String, String> row(String... namesAndValues) {
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            row.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return row;
    }

    static SlicedExample example(double f1, String... namesAndValues) {
        return new SlicedExample(row(namesAndValues), scores(f1));
    }
}
