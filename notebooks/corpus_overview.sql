-- Databricks notebook source
-- MAGIC %md
-- MAGIC # Corpus overview
-- MAGIC
-- MAGIC What landed where: reports in bronze, records refused into quarantine and why, de-identified reports in
-- MAGIC silver, by modality, site and source format. Counts only: bronze holds the original text (PHI), so no cell
-- MAGIC here selects `report_text`, `raw_record` or a date finer than the year.
-- MAGIC
-- MAGIC Tables are read by name (`bronze.reports_raw`): on Databricks from the current catalog, locally through
-- MAGIC `bin/radlake notebook notebooks/corpus_overview.sql --lakehouse PATH` (see `notebooks/README.md`).

-- COMMAND ----------

-- DBTITLE 1,Rows and reports per table
SELECT 'bronze.reports_raw' AS table_name, count(*) AS row_count, count(DISTINCT report_id) AS reports
FROM bronze.reports_raw
UNION ALL
SELECT 'bronze.quarantine', count(*), count(DISTINCT report_id) FROM bronze.quarantine
UNION ALL
SELECT 'silver.reports_deid', count(*), count(DISTINCT report_key) FROM silver.reports_deid

-- COMMAND ----------

-- DBTITLE 1,Reports per modality: bronze, silver, duplicates
WITH bronze AS (
  SELECT modality, count(DISTINCT report_id) AS bronze_reports, count(*) AS bronze_versions
  FROM bronze.reports_raw
  GROUP BY modality
),
silver AS (
  SELECT modality,
         count(DISTINCT report_key) AS silver_reports,
         count_if(dedup_status = 'EXACT_DUPLICATE') AS exact_duplicates,
         count_if(dedup_status = 'NEAR_DUPLICATE') AS near_duplicates
  FROM silver.reports_deid
  GROUP BY modality
)
SELECT modality, bronze_reports, bronze_versions, coalesce(silver_reports, 0) AS silver_reports,
       coalesce(exact_duplicates, 0) AS exact_duplicates, coalesce(near_duplicates, 0) AS near_duplicates
FROM bronze FULL OUTER JOIN silver USING (modality)
ORDER BY modality

-- COMMAND ----------

-- DBTITLE 1,Reports per site and source format
SELECT site_id, source_format, count(DISTINCT report_id) AS reports, count(DISTINCT source_file) AS files,
       round(avg(patient_age), 1) AS mean_age
FROM bronze.reports_raw
GROUP BY ALL
ORDER BY site_id, source_format

-- COMMAND ----------

-- DBTITLE 1,Studies per year and modality
SELECT year(study_datetime) AS study_year,
       count_if(modality = 'CR') AS CR, count_if(modality = 'CT') AS CT, count_if(modality = 'MG') AS MG,
       count_if(modality = 'MR') AS MR, count_if(modality = 'US') AS US,
       count_if(modality NOT IN ('CR', 'CT', 'MG', 'MR', 'US') OR modality IS NULL) AS other,
       count(*) AS all_studies
FROM bronze.reports_raw
GROUP BY ALL
ORDER BY study_year

-- COMMAND ----------

-- MAGIC %md
-- MAGIC ## Quarantine
-- MAGIC
-- MAGIC Every refused record is in `bronze.quarantine` with a reason code and a reason that names the field (never a
-- MAGIC value). `stage` says whether ingest refused it or de-identification failed on it (retried by the next run).

-- COMMAND ----------

-- DBTITLE 1,Quarantined records per stage and reason
SELECT stage, reason_code, count(*) AS records, count(DISTINCT source_file) AS files,
       round(100 * count(*) / sum(count(*)) OVER (), 1) AS pct_of_quarantine
FROM bronze.quarantine
GROUP BY ALL
ORDER BY records DESC, stage, reason_code

-- COMMAND ----------

-- DBTITLE 1,Files with the most quarantined records
SELECT source_file, source_format, count(*) AS records, count(DISTINCT reason_code) AS reasons,
       min(source_record) AS first_record
FROM bronze.quarantine
GROUP BY ALL
ORDER BY records DESC, source_file
LIMIT 20

-- COMMAND ----------

-- DBTITLE 1,Latest ingest and de-identification runs
SELECT job, step, run_id, started_at, rows_in, rows_out, rows_unchanged, rows_quarantined,
       round(duration_ms / 1000, 1) AS seconds, status
FROM ops.run_metrics
WHERE job IN ('ingest', 'deidentify')
ORDER BY started_at DESC, job, step
LIMIT 20
