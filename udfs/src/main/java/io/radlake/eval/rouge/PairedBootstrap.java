package io.radlake.eval.rouge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Paired bootstrap of the F1 difference between two systems scored on the same examples: resample example indices
 * with replacement, take the mean of (F1 of {@code a} - F1 of {@code b}) over each resample, report the percentiles.
 * Resampling whole examples keeps the pairing, so the interval is much narrower than comparing the two systems'
 * separate intervals (most of the variance is in which examples are hard, and both systems share it).
 *
 * <p>Same generator, draw order (type by type, in the scores' type order) and numpy percentiles as
 * {@link BootstrapAggregator}. Immutable and thread-safe; every {@link #compare} starts from the seed again.
 */
public final class PairedBootstrap {

    private final int samples;
    private final double confidence;
    private final long seed;

    /** Arguments as {@link BootstrapAggregator#BootstrapAggregator(int, double, long)}, with the same checks. */
    public PairedBootstrap(int samples, double confidence, long seed) {
        new BootstrapAggregator(samples, confidence, seed); // validates
        this.samples = samples;
        this.confidence = confidence;
        this.seed = seed;
    }

    /**
     * F1 of {@code a} minus F1 of {@code b}, per ROUGE type of the scores.
     *
     * @param a scores of the first system, one per example
     * @param b scores of the second system on the same examples, in the same order, with the same types
     */
    public Map<RougeType, DifferenceInterval> compare(List<RougeScores> a, List<RougeScores> b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (a.isEmpty() || a.size() != b.size()) {
            throw new IllegalArgumentException("a paired comparison needs the same examples on both sides, at least"
                    + " one; got " + a.size() + " and " + b.size());
        }
        int n = a.size();
        List<RougeType> types = a.get(0).types();
        Mt19937 random = new Mt19937(seed);
        Map<RougeType, DifferenceInterval> byType = new LinkedHashMap<>();
        for (RougeType type : types) {
            double[] differences = new double[n];
            double sum = 0;
            for (int row = 0; row < n; row++) {
                differences[row] = a.get(row).get(type).fmeasure() - b.get(row).get(type).fmeasure();
                sum += differences[row];
            }
            double[] sampleMeans = new double[samples];
            for (int s = 0; s < samples; s++) {
                double total = 0;
                for (int k = 0; k < n; k++) {
                    total += differences[random.nextBelow(n)];
                }
                sampleMeans[s] = total / n;
            }
            double delta = (1 - confidence) / 2;
            double low = BootstrapAggregator.percentile(sampleMeans, delta);
            double high = BootstrapAggregator.percentile(sampleMeans, 1 - delta);
            byType.put(type, new DifferenceInterval(sum / n, low, high));
        }
        return byType;
    }
}
