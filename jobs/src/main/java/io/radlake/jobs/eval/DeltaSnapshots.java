package io.radlake.jobs.eval;

import static org.apache.spark.sql.functions.col;

import io.delta.tables.DeltaTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Time travel helpers: which versions a Delta table has, and whether one can still be read whole. */
final class DeltaSnapshots {
  private static final Logger LOG = LoggerFactory.getLogger(DeltaSnapshots.class);

  private DeltaSnapshots() {}

  static long latestVersion(SparkSession spark, String path) {
    return DeltaTable.forPath(spark, path).history(1).first().getLong(0);
  }

  /** Every version in the table's history, newest first. */
  static List<Long> versionsNewestFirst(SparkSession spark, String path) {
    List<Long> versions = new ArrayList<>();
    for (Row r : DeltaTable.forPath(spark, path).history().select("version").orderBy(col("version").desc())
        .collectAsList()) {
      versions.add(r.getLong(0));
    }
    return versions;
  }

  static Dataset<Row> read(SparkSession spark, String path, long version) {
    return spark.read().format("delta").option("versionAsOf", version).load(path);
  }

  /**
   * True when {@code version} is still in the log and every data file it needs still exists: VACUUM (for example the
   * one of radlake purge) deletes the files of older versions, and reading such a version fails part way.
   */
  static boolean readable(SparkSession spark, String path, long version) {
    try {
      Configuration conf = spark.sessionState().newHadoopConf();
      for (String file : read(spark, path, version).inputFiles()) {
        Path p = new Path(file);
        if (!p.getFileSystem(conf).exists(p)) {
          return false;
        }
      }
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot check the files of " + path + " version " + version, e);
    } catch (Exception e) {
      // Delta refuses versions whose commits were cleaned from the log (VersionNotFoundException and kin).
      LOG.info("{} version {} cannot be read: {}", path, version, e.getClass().getSimpleName());
      return false;
    }
  }
}
