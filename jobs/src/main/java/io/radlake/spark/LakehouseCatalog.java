package io.radlake.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.TableIdentifier;
import scala.Option;

/**
 * Makes a lakehouse's tables resolvable by their names ({@code bronze.reports_raw}) in the session's current
 * catalog, so the same SQL runs here and on Databricks, where they are catalog tables. Every Delta table found at
 * {@code <root>/<layer>/<name>} is registered as an external table at that path (schema {@code layer}, created if
 * missing); a name that already exists must point at the same path. Nothing is copied or changed in the tables.
 *
 * <p>With Spark's in-memory catalog (local runs, tests) the names last as long as the SparkContext, and each
 * schema's location is the layer folder, so no {@code spark-warehouse/} folder appears. With a metastore (Hive,
 * Unity Catalog) the registration is persistent. Reads the Delta logs once per new table (no shuffle).
 */
public final class LakehouseCatalog {
  private static final Pattern NAME_PART = Pattern.compile("[a-z][a-z0-9_]*");

  private LakehouseCatalog() {}

  /** The names of the Delta tables under {@code lakehouse}, sorted; registers the ones the catalog lacks. */
  public static List<String> register(SparkSession spark, Lakehouse lakehouse) {
    boolean inMemory = "in-memory".equals(spark.sparkContext().conf().get("spark.sql.catalogImplementation", "in-memory"));
    List<String> tables = tablesIn(spark, lakehouse);
    for (String table : tables) {
      String layer = table.substring(0, table.indexOf('.'));
      String path = lakehouse.tablePath(table);
      if (spark.catalog().tableExists(table)) {
        requireSameLocation(spark, table, path, inMemory);
        continue;
      }
      spark.sql("CREATE SCHEMA IF NOT EXISTS `" + layer + "`"
          + (inMemory ? " LOCATION " + literal(lakehouse.root() + "/" + layer) : ""));
      spark.sql("CREATE TABLE IF NOT EXISTS `" + layer + "`.`" + table.substring(layer.length() + 1) + "` USING DELTA"
          + " LOCATION " + literal(path));
    }
    return tables;
  }

  /** {@code layer.name} of every folder {@code <root>/<layer>/<name>} holding a {@code _delta_log}. */
  static List<String> tablesIn(SparkSession spark, Lakehouse lakehouse) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    Path logs = new Path(lakehouse.root() + "/*/*/_delta_log");
    try {
      FileStatus[] found = logs.getFileSystem(conf).globStatus(logs);
      List<String> tables = new ArrayList<>();
      for (FileStatus log : found == null ? new FileStatus[0] : found) {
        Path table = log.getPath().getParent();
        String layer = table.getParent().getName();
        if (NAME_PART.matcher(layer).matches() && NAME_PART.matcher(table.getName()).matches()) {
          tables.add(layer + "." + table.getName());
        }
      }
      return tables.stream().sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the tables of lakehouse " + lakehouse.root(), e);
    }
  }

  private static void requireSameLocation(SparkSession spark, String table, String path, boolean inMemory) {
    String location = inMemory ? sessionCatalogLocation(spark, table)
        : spark.sql("DESCRIBE DETAIL " + table).select("location").first().getString(0);
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    if (!qualified(conf, location).equals(qualified(conf, path))) {
      throw new IllegalArgumentException(table + " already names the table at " + location
          + ", not this lakehouse's " + path + ": use a session whose current catalog does not hold it, or drop"
          + " that name");
    }
  }

  /** A metastore lookup; DESCRIBE DETAIL (which works in every catalog) would read the Delta log each time. */
  private static String sessionCatalogLocation(SparkSession spark, String table) {
    int dot = table.indexOf('.');
    TableIdentifier id = new TableIdentifier(table.substring(dot + 1), Option.apply(table.substring(0, dot)));
    try {
      return spark.sessionState().catalog().getTableMetadata(id).location().toString();
    } catch (AnalysisException e) { // it was there a moment ago (tableExists)
      throw new IllegalStateException("cannot look up " + table + " in the session catalog: " + e.getMessage(), e);
    }
  }

  private static String qualified(Configuration conf, String location) {
    try {
      Path p = new Path(location);
      FileSystem fs = p.getFileSystem(conf);
      return fs.makeQualified(p).toString().replaceAll("/+$", "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A Spark SQL string literal: backslash escapes, as Spark parses them by default. */
  static String literal(String value) {
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
