package io.radlake.spark;

import java.util.regex.Pattern;

/**
 * Where radlake's tables live: table {@code layer.name} (e.g. {@code bronze.reports_raw}) is the
 * Delta table at {@code <root>/layer/name}. Path-based tables work the same on a laptop, HDFS,
 * S3 and Databricks; analysts read them as {@code delta.`<root>/bronze/reports_raw`}.
 */
public record Lakehouse(String root) {
  public static final String BRONZE_REPORTS = "bronze.reports_raw";
  public static final String QUARANTINE = "bronze.quarantine";
  public static final String RUN_METRICS = "ops.run_metrics";
  public static final String PHI_GROUND_TRUTH = "reference.phi_ground_truth";
  public static final String SILVER_REPORTS = "silver.reports_deid";
  public static final String PHI_AUDIT = "silver.phi_audit";
  public static final String DEID_EVAL = "ops.deid_eval";
  public static final String INSTRUCT_PAIRS = "gold.instruct_pairs";
  public static final String DATASET_REJECTS = "gold.dataset_rejects";
  public static final String PREDICTIONS = "gold.predictions";
  /** Per (evaluate run, model, example). */
  public static final String ROUGE_SCORES = "gold.rouge_scores";
  /** Per (evaluate run, model, ROUGE type): corpus means and intervals. */
  public static final String ROUGE_CORPUS = "gold.rouge_corpus";
  public static final String ROUGE_SLICES = "gold.rouge_slices";

  private static final Pattern TABLE_NAME = Pattern.compile("[a-z][a-z0-9_]*\\.[a-z][a-z0-9_]*");

  public Lakehouse {
    if (root == null || root.isBlank()) {
      throw new IllegalArgumentException("--lakehouse must be a folder path or URI, got: " + root);
    }
    root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
    // Delta parses a relative path in delta.`...` as a table name: anchor local paths here.
    if (!root.contains(":/") && !root.startsWith("/")) {
      root = java.nio.file.Path.of(root).toAbsolutePath().normalize().toString();
    }
  }

  /** The Delta path of a table named {@code layer.name}. */
  public String tablePath(String table) {
    if (!TABLE_NAME.matcher(table).matches()) {
      throw new IllegalArgumentException("table names look like layer.name (e.g. bronze.reports_raw), got: " + table);
    }
    return root + "/" + table.replace('.', '/');
  }
}
