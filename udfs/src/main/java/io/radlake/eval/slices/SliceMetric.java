package io.radlake.eval.slices;

import io.radlake.eval.rouge.RougeType;

/**
 * One ROUGE type's F1 on one published slice group.
 *
 * @param type              the ROUGE type
 * @param mean              mean F1 over the group's examples
 * @param ciLow             lower bound of the bootstrap interval on the mean (rouge-score's "low")
 * @param ciHigh            upper bound of the bootstrap interval on the mean (rouge-score's "high")
 * @param gap               {@code mean - overall mean}: negative when the group scores worse than everyone
 * @param ciExcludesOverall true when the overall mean lies outside [ciLow, ciHigh]: the gap is unlikely to be
 *                          resampling noise alone
 */
public record SliceMetric(RougeType type, double mean, double ciLow, double ciHigh, double gap,
        boolean ciExcludesOverall) {
}
