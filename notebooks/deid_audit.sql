-- Databricks notebook source
-- MAGIC %md
-- MAGIC # De-identification audit
-- MAGIC
-- MAGIC What de-identification replaced (`silver.phi_audit`: counts per report, category and rule, never the
-- MAGIC replaced text) and how well it does on generated corpora with planted PHI (`ops.deid_eval`: recall,
-- MAGIC precision and leaks per category and run, written by `radlake deid-eval`).
-- MAGIC
-- MAGIC The widget `eval_run` picks a `deid-eval` run; empty means the latest.

-- COMMAND ----------

CREATE WIDGET TEXT eval_run DEFAULT ''

-- COMMAND ----------

-- DBTITLE 1,Replaced spans per category
SELECT category, sum(spans_replaced) AS spans, count(DISTINCT report_key) AS reports,
       round(sum(spans_replaced) / count(DISTINCT report_key), 2) AS spans_per_report
FROM silver.phi_audit
GROUP BY category
ORDER BY spans DESC, category

-- COMMAND ----------

-- DBTITLE 1,Replaced spans per category and rule
SELECT category, rule, sum(spans_replaced) AS spans,
       round(100 * sum(spans_replaced) / sum(sum(spans_replaced)) OVER (PARTITION BY category), 1) AS pct_of_category
FROM silver.phi_audit
GROUP BY ALL
ORDER BY category, spans DESC, rule

-- COMMAND ----------

-- DBTITLE 1,Replaced spans per site
SELECT a.site_id, count(DISTINCT a.report_key) AS reports, sum(a.spans_replaced) AS spans,
       round(sum(a.spans_replaced) / count(DISTINCT a.report_key), 2) AS spans_per_report,
       count(DISTINCT a.category) AS categories
FROM silver.phi_audit a
GROUP BY a.site_id
ORDER BY a.site_id

-- COMMAND ----------

-- DBTITLE 1,Mode, engine version and secret fingerprint in silver
SELECT deid_mode, deid_version, secret_fingerprint, count(*) AS report_versions, min(processed_at) AS first,
       max(processed_at) AS last
FROM silver.reports_deid
GROUP BY ALL
ORDER BY last DESC

-- COMMAND ----------

-- MAGIC %md
-- MAGIC ## Against the ground truth
-- MAGIC
-- MAGIC The bar (`radlake deid-eval`): recall >= 0.995 overall and >= 0.98 per category, precision >= 0.95, and no
-- MAGIC NAME, MRN, ACCESSION, SSN or OTHER_ID span missed or leaked. DATE/TIME "leaks" can be coincidences (a
-- MAGIC shifted date equal to another date of the same report).

-- COMMAND ----------

-- DBTITLE 1,Evaluation runs, overall
SELECT run_id, evaluated_at, reports, reports_published, spans, recall, precision, f1, leaked, deid_version
FROM ops.deid_eval
WHERE category = 'ALL'
ORDER BY evaluated_at DESC
LIMIT 20

-- COMMAND ----------

-- DBTITLE 1,Recall, precision and leaks per category (run: widget eval_run, else the latest)
WITH chosen AS (
  SELECT coalesce(nullif(:eval_run, ''), max_by(run_id, evaluated_at)) AS run_id FROM ops.deid_eval
)
SELECT e.run_id, e.category, e.spans, e.detected, e.missed, e.false_positives, e.recall, e.precision, e.f1,
       e.leaked,
       e.recall >= CASE WHEN e.category = 'ALL' THEN 0.995 ELSE 0.98 END AS recall_bar_met
FROM ops.deid_eval e JOIN chosen USING (run_id)
ORDER BY e.category = 'ALL', e.recall, e.category

-- COMMAND ----------

-- DBTITLE 1,Each category over all runs: worst recall and precision, leaks
SELECT category, count(*) AS runs, min(recall) AS worst_recall, min(precision) AS worst_precision,
       sum(missed) AS missed, sum(leaked) AS leaked
FROM ops.deid_eval
GROUP BY category
ORDER BY category = 'ALL', worst_recall, category
