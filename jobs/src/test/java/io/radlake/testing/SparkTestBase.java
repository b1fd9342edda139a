package io.radlake.testing;

import io.radlake.jobs.Folders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * One local[2] SparkSession with Delta per test class: UI off, 2 shuffle partitions, 2 file listing tasks, loopback
 * bind, warehouse and lakehouse under a temp folder that is deleted after the class.
 */
public abstract class SparkTestBase {
  protected static SparkSession spark;
  protected static Path tempRoot;

  @BeforeAll
  static void startSpark() throws IOException {
    tempRoot = Files.createTempDirectory("radlake-test-");
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("radlake-test")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .config("spark.default.parallelism", "2")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
            .config(
                "spark.sql.catalog.spark_catalog",
                "org.apache.spark.sql.delta.catalog.DeltaCatalog")
            .config("spark.sql.warehouse.dir", tempRoot.resolve("warehouse").toString())
            .config("spark.databricks.delta.snapshotPartitions", "2")
            .config("spark.sql.session.timeZone", "UTC")
            // VACUUM lists the table in this many tasks (default 10,000: ~45 s per VACUUM on 2 cores, most of the
            // purge tests' time); the tests' tables have a few dozen files.
            .config("spark.sql.sources.parallelPartitionDiscovery.parallelism", "2")
            .getOrCreate();
  }

  @AfterAll
  static void stopSpark() {
    if (spark != null) {
      spark.stop();
      spark = null;
    }
    Folders.deleteRecursively(tempRoot);
  }

  /** A fresh folder under this class's temp root. */
  protected static Path newFolder(String name) {
    try {
      return Files.createDirectories(tempRoot.resolve(name + "-" + System.nanoTime()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
