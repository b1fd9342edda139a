-- Databricks notebook source
-- MAGIC %md
-- MAGIC # Model comparison
-- MAGIC
-- MAGIC Corpus-level ROUGE of every model of an evaluation (`gold.rouge_corpus`, written by `radlake evaluate`,
-- MAGIC matching Google's rouge-score), with bootstrap intervals and the paired difference to the reference model
-- MAGIC (the first baseline unless chosen otherwise); the spread of the per-example scores behind those means
-- MAGIC (`gold.rouge_scores`), overall and on abnormal studies; and what `radlake infer` recorded about each model's
-- MAGIC run (`gold.predictions`: tokens, truncation, latency, device). Numbers only; no report or generated text.
-- MAGIC
-- MAGIC The widget `evaluate_run` picks an evaluation; empty means the latest.

-- COMMAND ----------

CREATE WIDGET TEXT evaluate_run DEFAULT ''

-- COMMAND ----------

-- DBTITLE 1,Evaluations
SELECT run_id, predictions_run_id, build_run_id, min(evaluated_at) AS evaluated_at, count(DISTINCT model_id) AS models,
       max(examples) AS examples, max(bootstrap_samples) AS bootstrap_samples, max(confidence) AS confidence
FROM gold.rouge_corpus
GROUP BY run_id, predictions_run_id, build_run_id
ORDER BY evaluated_at DESC

-- COMMAND ----------

-- DBTITLE 1,ROUGE F1 per model, best first (evaluation: widget evaluate_run, else the latest)
WITH chosen AS (
  SELECT coalesce(nullif(:evaluate_run, ''), max_by(run_id, evaluated_at)) AS run_id FROM gold.rouge_corpus
)
SELECT s.model_id, s.model_kind, s.examples,
       round(max_by(s.f1, s.rouge_type = 'rouge1'), 4) AS rouge1,
       round(max_by(s.f1, s.rouge_type = 'rouge2'), 4) AS rouge2,
       round(max_by(s.f1, s.rouge_type = 'rougeL'), 4) AS rougeL,
       round(max_by(s.f1, s.rouge_type = 'rougeLsum'), 4) AS rougeLsum,
       concat('[', round(max_by(s.f1_low, s.rouge_type = 'rougeL'), 3), ', ',
              round(max_by(s.f1_high, s.rouge_type = 'rougeL'), 3), ']') AS rougeL_interval
FROM gold.rouge_corpus s JOIN chosen USING (run_id)
GROUP BY s.model_id, s.model_kind, s.examples
ORDER BY rougeL DESC

-- COMMAND ----------

-- DBTITLE 1,ROUGE-L F1 difference to the reference model (paired bootstrap); an interval above 0 is a real gain
WITH chosen AS (
  SELECT coalesce(nullif(:evaluate_run, ''), max_by(run_id, evaluated_at)) AS run_id FROM gold.rouge_corpus
)
SELECT s.model_id, s.reference_model_id, round(s.f1_minus_reference, 4) AS rougeL_minus_reference,
       round(s.f1_minus_reference_low, 4) AS low, round(s.f1_minus_reference_high, 4) AS high,
       CASE WHEN s.model_id = s.reference_model_id THEN 'reference'
            WHEN s.f1_minus_reference_low > 0 THEN 'better'
            WHEN s.f1_minus_reference_high < 0 THEN 'worse'
            ELSE 'not distinguishable' END AS verdict
FROM gold.rouge_corpus s JOIN chosen USING (run_id)
WHERE s.rouge_type = 'rougeL'
ORDER BY s.f1_minus_reference DESC NULLS FIRST

-- COMMAND ----------

-- DBTITLE 1,Per-example ROUGE-L F1 per model: spread, share scoring 0, abnormal studies; the mean is the corpus F1
WITH chosen AS (
  SELECT coalesce(nullif(:evaluate_run, ''), max_by(run_id, evaluated_at)) AS run_id FROM gold.rouge_corpus
)
SELECT e.model_id, count(*) AS examples, round(avg(e.rougeL_f1), 4) AS rougeL_mean, round(c.f1, 4) AS corpus_rougeL,
       round(percentile_approx(e.rougeL_f1, 0.25), 3) AS p25, round(percentile_approx(e.rougeL_f1, 0.5), 3) AS median,
       round(percentile_approx(e.rougeL_f1, 0.75), 3) AS p75, round(avg(IF(e.rougeL_f1 = 0, 1.0, 0.0)), 3) AS share_zero,
       count_if(e.abnormal) AS abnormal_examples, round(avg(IF(e.abnormal, e.rougeL_f1, NULL)), 4) AS rougeL_abnormal
FROM gold.rouge_scores e JOIN chosen ch ON e.run_id = ch.run_id
JOIN gold.rouge_corpus c ON c.run_id = e.run_id AND c.model_id = e.model_id AND c.rouge_type = 'rougeL'
GROUP BY e.model_id, c.f1
ORDER BY rougeL_mean DESC

-- COMMAND ----------

-- DBTITLE 1,What each model's inference run recorded (tokens, truncation, latency, devices)
WITH chosen AS (
  SELECT coalesce(nullif(:evaluate_run, ''), max_by(run_id, evaluated_at)) AS run_id FROM gold.rouge_corpus
), predictions_run AS (
  SELECT DISTINCT s.predictions_run_id FROM gold.rouge_corpus s JOIN chosen USING (run_id)
)
SELECT p.model_id, p.model_kind, left(p.model_version, 12) AS model_version, count(*) AS rows,
       round(avg(p.input_tokens), 1) AS mean_input_tokens, round(avg(p.output_tokens), 1) AS mean_output_tokens,
       count_if(p.input_truncated) AS truncated, count_if(p.output_tokens = 0) AS empty_outputs,
       round(percentile_approx(p.latency_ms, 0.5), 2) AS latency_ms_p50,
       round(percentile_approx(p.latency_ms, 0.95), 2) AS latency_ms_p95,
       array_join(array_sort(collect_set(p.device)), ',') AS devices
FROM gold.predictions p JOIN predictions_run r ON p.run_id = r.predictions_run_id
GROUP BY p.model_id, p.model_kind, p.model_version
ORDER BY p.model_id
