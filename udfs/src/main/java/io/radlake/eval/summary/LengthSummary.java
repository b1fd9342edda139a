package io.radlake.eval.summary;

import io.radlake.dataset.export.LengthHistogram;

import java.util.Arrays;
import java.util.List;

/**
 * How long a set of texts is, in ROUGE tokens: a histogram in fixed bins (so reports of different runs compare bin
 * by bin), the mean and the median.
 */
public record LengthSummary(LengthHistogram histogram, double mean, double median) {

    /** Bins for impressions: short texts, so finer than the dataset card's powers of two. */
    public static final List<Integer> UPPER_BOUNDS = List.of(2, 4, 6, 8, 10, 12, 15, 20, 25, 30, 40, 50, 75, 100);

    public static LengthSummary of(int... lengths) {
        if (lengths.length == 0) {
            throw new IllegalArgumentException("a length summary needs at least one text, got 0");
        }
        int[] sorted = lengths.clone();
        Arrays.sort(sorted);
        long sum = 0;
        for (int length : sorted) {
            sum += length;
        }
        int middle = sorted.length / 2;
        double median = sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
        return new LengthSummary(LengthHistogram.of(UPPER_BOUNDS, lengths), (double) sum / sorted.length, median);
    }

    /** The share of texts in bin {@code bin}, in [0, 1]. */
    public double share(int bin) {
        return (double) histogram.counts().get(bin) / histogram.total();
    }
}
