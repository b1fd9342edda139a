package io.radlake.eval.slices;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The constant baseline: the most frequent impression of a collection (the train split), predicted for every
 * example. Ties go to the lexicographically smallest text ({@link String#compareTo}), so the choice does not depend
 * on input order. Texts are compared after trimming; null and blank impressions are skipped (they are not a
 * prediction anyone would make).
 *
 * @param impression the most frequent impression, trimmed
 * @param count      how many impressions equal it
 * @param total      how many non-blank impressions were counted
 */
public record ConstantBaseline(String impression, long count, long total) {

    public ConstantBaseline {
        Objects.requireNonNull(impression, "impression");
        if (count < 1 || count > total) {
            throw new IllegalArgumentException("count must be in [1, total], got count " + count + " of total "
                    + total);
        }
    }

    /** Counts {@code impressions} in one pass; memory grows with the number of distinct texts, not all texts. */
    public static ConstantBaseline mostFrequent(Iterable<String> impressions) {
        Objects.requireNonNull(impressions, "impressions");
        Map<String, Long> counts = new HashMap<>();
        for (String impression : impressions) {
            if (impression != null && !impression.isBlank()) {
                counts.merge(impression.strip(), 1L, Long::sum);
            }
        }
        return fromCounts(counts);
    }

    /**
     * The most frequent of already counted impressions (e.g. a groupBy count collected from Spark; partial counts of
     * the same text must be summed first).
     */
    public static ConstantBaseline fromCounts(Map<String, Long> counts) {
        Objects.requireNonNull(counts, "counts");
        String best = null;
        long bestCount = 0;
        long total = 0;
        for (Map.Entry<String, Long> entry : counts.entrySet()) {
            String text = entry.getKey();
            Long count = entry.getValue();
            if (text == null || text.isBlank() || !text.equals(text.strip())) {
                throw new IllegalArgumentException("counted impressions must be trimmed and non-blank");
            }
            if (count == null || count < 1) {
                throw new IllegalArgumentException("impression counts must be >= 1, got: " + count);
            }
            total += count;
            if (count > bestCount || (count == bestCount && text.compareTo(best) < 0)) {
                best = text;
                bestCount = count;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("no non-blank impression to choose a constant baseline from");
        }
        return new ConstantBaseline(best, bestCount, total);
    }

    /** The baseline's prediction, whatever the example. */
    public String predict() {
        return impression;
    }
}
