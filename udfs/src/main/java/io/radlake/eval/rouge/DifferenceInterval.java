package io.radlake.eval.rouge;

/**
 * The mean of a paired difference (model minus reference model, example by example) and its bootstrap interval.
 *
 * @param mean mean difference over the examples; positive when the first model scores higher
 * @param low  lower percentile ((1 - confidence) / 2) of the resampled mean differences
 * @param high upper percentile ((1 + confidence) / 2) of the resampled mean differences
 */
public record DifferenceInterval(double mean, double low, double high) {

    /** True when the interval lies entirely above or below 0: the difference is unlikely to be resampling noise. */
    public boolean excludesZero() {
        return low > 0 || high < 0;
    }
}
