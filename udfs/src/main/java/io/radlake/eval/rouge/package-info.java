/**
 * ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum in pure Java, with the same numbers as Google's rouge-score package:
 * {@link io.radlake.eval.rouge.RougeScorer} per pair, {@link io.radlake.eval.rouge.BootstrapAggregator} for corpus
 * means and confidence intervals. Agreement is checked against rouge-score's own output in
 * {@code src/test/resources/golden/rouge/} (made by {@code src/test/python/make_rouge_golden.py}).
 */
package io.radlake.eval.rouge;
