-- Databricks notebook source
-- MAGIC %md
-- MAGIC # ROUGE by slice
-- MAGIC
-- MAGIC ROUGE-L F1 of each model per group of each bias slice (sex, age band, modality, body part, site, ...) from
-- MAGIC `gold.rouge_slices`, written by `radlake evaluate`: group size, mean, bootstrap interval, gap to the
-- MAGIC overall score and to the best group of the slice. Groups smaller than the evaluation's minimum group size,
-- MAGIC and groups whose size could be worked out from the others, are suppressed: they have a row but no numbers.
-- MAGIC
-- MAGIC The widgets pick the evaluation (`evaluate_run`, empty means the latest) and the model (`model`, empty means
-- MAGIC every model).

-- COMMAND ----------

CREATE WIDGET TEXT evaluate_run DEFAULT ''

-- COMMAND ----------

CREATE WIDGET TEXT model DEFAULT ''

-- COMMAND ----------

-- DBTITLE 1,Groups per slice: how many, how many suppressed, smallest published group
WITH chosen AS (
  SELECT coalesce(nullif(:evaluate_run, ''), max_by(run_id, evaluated_at)) AS run_id FROM gold.rouge_slices
)
SELECT r.model_id, r.slice, count(*) AS groups, count_if(r.suppressed) AS suppressed,
       min(CASE WHEN NOT r.suppressed THEN r.n END) AS smallest_published_n, max(r.min_group_size) AS min_group_size
FROM gold.rouge_slices r JOIN chosen USING (run_id)
WHERE r.rouge_type = 'rougeL' AND (:model = '' OR r.model_id = :model)
GROUP BY r.model_id, r.slice
ORDER BY r.model_id, r.slice

-- COMMAND ----------

-- DBTITLE 1,ROUGE-L F1 per group, largest gaps first (suppressed groups: no numbers)
WITH chosen AS (
  SELECT coalesce(nullif(:evaluate_run, ''), max_by(run_id, evaluated_at)) AS run_id FROM gold.rouge_slices
)
SELECT r.model_id, r.slice, r.slice_group, r.suppressed, r.n, round(r.f1_mean, 4) AS rougeL_f1,
       concat('[', round(r.ci_low, 3), ', ', round(r.ci_high, 3), ']') AS interval,
       round(r.gap_to_overall, 4) AS gap_to_overall, round(r.gap_to_best, 4) AS gap_to_best,
       r.ci_excludes_overall
FROM gold.rouge_slices r JOIN chosen USING (run_id)
WHERE r.rouge_type = 'rougeL' AND (:model = '' OR r.model_id = :model)
ORDER BY r.model_id, r.suppressed, abs(r.gap_to_overall) DESC NULLS LAST, r.slice, r.slice_group

-- COMMAND ----------

-- DBTITLE 1,Widest gap between the published groups of a slice, per model (no gap when fewer than 2 are published)
WITH chosen AS (
  SELECT coalesce(nullif(:evaluate_run, ''), max_by(run_id, evaluated_at)) AS run_id FROM gold.rouge_slices
), groups AS (
  SELECT r.model_id, r.slice, r.slice_group, r.suppressed, r.ci_excludes_overall,
         CASE WHEN NOT r.suppressed THEN r.f1_mean END AS published_f1
  FROM gold.rouge_slices r JOIN chosen USING (run_id)
  WHERE r.rouge_type = 'rougeL' AND r.slice <> 'overall' AND (:model = '' OR r.model_id = :model)
)
SELECT model_id, slice, count(*) AS groups, count(published_f1) AS published_groups,
       round(max(published_f1) - min(published_f1), 4) AS widest_gap,
       max_by(slice_group, published_f1) AS best_group, min_by(slice_group, published_f1) AS worst_group,
       count_if(ci_excludes_overall) AS groups_off_overall
FROM groups
GROUP BY model_id, slice
ORDER BY widest_gap DESC NULLS LAST, model_id, slice
