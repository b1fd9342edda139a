-- Databricks notebook source
-- MAGIC %md
-- MAGIC # Dataset statistics
-- MAGIC
-- MAGIC The instruction dataset of the last `radlake build-dataset` (`gold.instruct_pairs`, findings -> impression)
-- MAGIC and the reports it left out (`gold.dataset_rejects`): split sizes, modalities, token lengths, templates and
-- MAGIC reject reasons. Counts and lengths only; no example text.

-- COMMAND ----------

-- DBTITLE 1,Build
SELECT build_run_id, seed, silver_version, count(*) AS examples, count(DISTINCT patient_key) AS patients
FROM gold.instruct_pairs
GROUP BY ALL

-- COMMAND ----------

-- DBTITLE 1,Examples and patients per split
SELECT split, count(*) AS examples, count(DISTINCT patient_key) AS patients,
       round(100 * count(*) / sum(count(*)) OVER (), 1) AS pct_of_examples
FROM gold.instruct_pairs
GROUP BY split
ORDER BY array_position(array('train', 'validation', 'test'), split)

-- COMMAND ----------

-- DBTITLE 1,No patient in two splits (must be 0)
SELECT count(*) AS patients_in_several_splits
FROM (SELECT patient_key FROM gold.instruct_pairs GROUP BY patient_key HAVING count(DISTINCT split) > 1)

-- COMMAND ----------

-- DBTITLE 1,Examples per modality and split
SELECT modality, count_if(split = 'train') AS train, count_if(split = 'validation') AS validation,
       count_if(split = 'test') AS test, count(*) AS all_splits,
       round(100 * count_if(split = 'test') / count(*), 1) AS pct_test
FROM gold.instruct_pairs
GROUP BY modality
ORDER BY modality

-- COMMAND ----------

-- DBTITLE 1,Token lengths per split (input = instruction input, output = impression)
SELECT split,
       min(input_tokens) AS input_min, percentile_approx(input_tokens, 0.5) AS input_p50,
       percentile_approx(input_tokens, 0.95) AS input_p95, max(input_tokens) AS input_max,
       min(output_tokens) AS output_min, percentile_approx(output_tokens, 0.5) AS output_p50,
       percentile_approx(output_tokens, 0.95) AS output_p95, max(output_tokens) AS output_max
FROM gold.instruct_pairs
GROUP BY split
ORDER BY array_position(array('train', 'validation', 'test'), split)

-- COMMAND ----------

-- DBTITLE 1,Token length distribution (bins of the dataset card: up to 16, 32, ... 2048 tokens, then more)
SELECT field,
       CASE WHEN tokens > 2048 THEN 'more' ELSE string(greatest(16, int(pow(2, ceil(log2(greatest(tokens, 1))))))) END
         AS up_to_tokens,
       count(*) AS examples
FROM gold.instruct_pairs
LATERAL VIEW stack(2, 'input', input_tokens, 'output', output_tokens) lengths AS field, tokens
GROUP BY ALL
ORDER BY field, min(tokens)

-- COMMAND ----------

-- DBTITLE 1,Instruction templates
SELECT template_id, count(*) AS examples, count_if(split = 'test') AS test_examples
FROM gold.instruct_pairs
GROUP BY template_id
ORDER BY template_id

-- COMMAND ----------

-- MAGIC %md
-- MAGIC ## Rejected reports
-- MAGIC
-- MAGIC One row per report not made into an example, with the first reason that applied.

-- COMMAND ----------

-- DBTITLE 1,Rejects per reason
SELECT reason, count(*) AS reports, round(100 * count(*) / sum(count(*)) OVER (), 1) AS pct_of_rejects
FROM gold.dataset_rejects
GROUP BY reason
ORDER BY reports DESC, reason

-- COMMAND ----------

-- DBTITLE 1,Kept and rejected per modality
WITH rejected AS (
  SELECT s.modality, count(*) AS rejected
  FROM gold.dataset_rejects r
  JOIN (SELECT DISTINCT report_key, modality FROM silver.reports_deid) s ON s.report_key = r.source_report_key
  GROUP BY s.modality
),
kept AS (SELECT modality, count(*) AS kept FROM gold.instruct_pairs GROUP BY modality)
SELECT modality, coalesce(kept, 0) AS kept, coalesce(rejected, 0) AS rejected,
       round(100 * coalesce(rejected, 0) / (coalesce(kept, 0) + coalesce(rejected, 0)), 1) AS pct_rejected
FROM kept FULL OUTER JOIN rejected USING (modality)
ORDER BY modality
