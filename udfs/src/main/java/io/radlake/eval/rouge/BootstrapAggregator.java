package io.radlake.eval.rouge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * rouge-score's {@code scoring.BootstrapAggregator} in pure Java: for each type (in the scores' type order), draw
 * {@code samples} resamples of all pairs with replacement, take each resample's mean precision, recall and F1, and
 * report the low / mid / high percentiles of those means with numpy's linear interpolation. Draws come from an
 * MT19937 seeded like {@code np.random.seed(seed)}, so with the same seed the intervals equal rouge-score's.
 *
 * <p>Immutable and thread-safe; every {@link #aggregate} call starts from the seed again.
 *
 * @see <a href="https://github.com/google-research/google-research/blob/master/rouge/scoring.py">scoring.py</a>
 */
public final class BootstrapAggregator {

    public static final int DEFAULT_SAMPLES = 1000;
    public static final double DEFAULT_CONFIDENCE = 0.95;

    private final int samples;
    private final double confidence;
    private final long seed;

    /**
     * @param samples    bootstrap resamples, >= 1 (rouge-score's n_samples, default 1000)
     * @param confidence interval width in [0, 1] (rouge-score's confidence_interval, default 0.95)
     * @param seed       in [0, 2^32 - 1], numpy's legacy seed range
     */
    public BootstrapAggregator(int samples, double confidence, long seed) {
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be >= 1, got: " + samples);
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0, 1], got: " + confidence);
        }
        Mt19937.checkSeed(seed);
        this.samples = samples;
        this.confidence = confidence;
        this.seed = seed;
    }

    /** 1000 samples, 95% interval. */
    public static BootstrapAggregator withSeed(long seed) {
        return new BootstrapAggregator(DEFAULT_SAMPLES, DEFAULT_CONFIDENCE, seed);
    }

    public int samples() {
        return samples;
    }

    public double confidence() {
        return confidence;
    }

    public long seed() {
        return seed;
    }

    /** Aggregates the per-pair scores; all must hold the same types. */
    public RougeAggregate aggregate(List<RougeScores> scores) {
        Objects.requireNonNull(scores, "scores");
        if (scores.isEmpty()) {
            throw new IllegalArgumentException("scores must hold at least one pair, got 0");
        }
        List<RougeType> types = new ArrayList<>(scores.get(0).types());
        Mt19937 random = new Mt19937(seed);
        Map<RougeType, AggregateScore> byType = new LinkedHashMap<>();
        for (RougeType type : types) {
            double[][] columns = new double[3][scores.size()];
            for (int row = 0; row < scores.size(); row++) {
                RougeScores pair = scores.get(row);
                if (!pair.types().equals(scores.get(0).types())) {
                    throw new IllegalArgumentException("all scores must hold the same ROUGE types; pair " + row
                            + " holds " + pair.types() + ", pair 0 holds " + scores.get(0).types());
                }
                Score score = pair.get(type);
                columns[0][row] = score.precision();
                columns[1][row] = score.recall();
                columns[2][row] = score.fmeasure();
            }
            byType.put(type, aggregate(columns, random));
        }
        return new RougeAggregate(scores.size(), byType);
    }

    private AggregateScore aggregate(double[][] columns, Mt19937 random) {
        int rows = columns[0].length;
        double[][] sampleMeans = new double[3][samples];
        for (int s = 0; s < samples; s++) {
            double precision = 0;
            double recall = 0;
            double fmeasure = 0;
            for (int k = 0; k < rows; k++) {
                int row = random.nextBelow(rows);
                precision += columns[0][row];
                recall += columns[1][row];
                fmeasure += columns[2][row];
            }
            sampleMeans[0][s] = precision / rows;
            sampleMeans[1][s] = recall / rows;
            sampleMeans[2][s] = fmeasure / rows;
        }
        double delta = (1 - confidence) / 2;
        double[] quantiles = {delta, 0.5, 1 - delta};
        Score[] bounds = new Score[3];
        for (int b = 0; b < 3; b++) {
            bounds[b] = new Score(
                    percentile(sampleMeans[0], quantiles[b]),
                    percentile(sampleMeans[1], quantiles[b]),
                    percentile(sampleMeans[2], quantiles[b]));
        }
        Score mean = new Score(mean(columns[0]), mean(columns[1]), mean(columns[2]));
        return new AggregateScore(mean, bounds[0], bounds[1], bounds[2]);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    /** numpy's default ("linear") percentile; {@code quantile} in [0, 1]. Sorts {@code values} in place. */
    static double percentile(double[] values, double quantile) {
        Arrays.sort(values);
        int n = values.length;
        double index = quantile * (n - 1);
        int below = (int) Math.floor(index);
        int above = Math.min(below + 1, n - 1);
        double fraction = index - below;
        double a = values[below];
        double b = values[above];
        // numpy's _lerp: interpolate from the nearer end, which keeps the result monotone in the fraction.
        return fraction >= 0.5 ? b - (b - a) * (1 - fraction) : a + (b - a) * fraction;
    }
}
