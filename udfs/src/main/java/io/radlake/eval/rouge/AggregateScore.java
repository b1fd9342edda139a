package io.radlake.eval.rouge;

/**
 * Corpus-level result of one ROUGE type: the plain mean over pairs, and rouge-score's bootstrap interval on the mean.
 *
 * @param mean mean precision, recall and F1 over all pairs
 * @param low  lower percentile ((1 - confidence) / 2) of the bootstrap sample means, per measure
 * @param mid  median of the bootstrap sample means, per measure (rouge-score's "mid")
 * @param high upper percentile ((1 + confidence) / 2) of the bootstrap sample means, per measure
 */
public record AggregateScore(Score mean, Score low, Score mid, Score high) {
}
