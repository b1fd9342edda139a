/**
 * Bias slices for evaluation ({@code gold.rouge_slices}): ROUGE F1 per group of an attribute (sex, age band,
 * modality, body part, site, extras) and per pair of attributes, with a bootstrap interval, the gap to the overall
 * mean and a flag when the interval excludes it; small groups withheld.
 *
 * <p>Distributed use, the same steps {@link io.radlake.eval.slices.SliceEvaluator} runs in memory:
 * <ol>
 *   <li>per example, {@link io.radlake.eval.slices.SlicePlan#keysOf} gives its groups (explode);</li>
 *   <li>count every group, collect the counts (one row per group) and make a
 *       {@link io.radlake.eval.slices.SuppressionPlan} with {@link io.radlake.eval.slices.SuppressionPolicy#plan};
 *       compute the overall mean F1 per type;</li>
 *   <li>group the scores of published groups by key and call
 *       {@link io.radlake.eval.slices.SliceStatistics#compute} per group (any order, any partitioning: the result
 *       is the same); emit {@link io.radlake.eval.slices.SliceResult#suppressed} rows for the withheld keys.</li>
 * </ol>
 * Suppression depends on counts only, so every model and baseline gets the same withheld groups. The abnormal-only
 * comparison should be an attribute of the same plan (e.g. {@code study_class} = normal / abnormal from
 * {@link io.radlake.eval.slices.NormalStudyPhrases}), not a second independently suppressed table, so the two
 * cannot be differenced. {@link io.radlake.eval.slices.ConstantBaseline} is the most frequent train impression.
 */
package io.radlake.eval.slices;
