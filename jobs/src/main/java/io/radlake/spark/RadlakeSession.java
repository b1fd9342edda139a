package io.radlake.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The session a job runs in. Never sets a master: spark-submit, Databricks or bin/radlake
 * (-Dspark.master) decide where it runs. Adds Delta's extension and catalog only where the
 * environment did not configure them (Databricks and cluster-config/ do).
 */
public final class RadlakeSession {
  static final String EXTENSIONS = "spark.sql.extensions";
  static final String CATALOG = "spark.sql.catalog.spark_catalog";
  static final String DELTA_EXTENSION = "io.delta.sql.DeltaSparkSessionExtension";
  static final String DELTA_CATALOG = "org.apache.spark.sql.delta.catalog.DeltaCatalog";

  private RadlakeSession() {}

  public static SparkSession getOrCreate(String appName) {
    SparkSession.Builder builder = SparkSession.builder();
    SparkConf defaults = new SparkConf(true);
    if (!defaults.contains("spark.app.name")) {
      builder.appName(appName);
    }
    if (!defaults.contains(EXTENSIONS)) {
      builder.config(EXTENSIONS, DELTA_EXTENSION);
    }
    if (!defaults.contains(CATALOG)) {
      builder.config(CATALOG, DELTA_CATALOG);
    }
    return builder.getOrCreate();
  }
}
