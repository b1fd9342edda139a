package io.radlake.spark;

import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;

/** Names the Spark jobs of a step in the Spark UI: job group {@code radlake/<job>/<run>}, and a description. */
public final class SparkSteps {
  private SparkSteps() {}

  public static <T> T named(SparkSession spark, String job, String runId, String description, Supplier<T> body) {
    var sc = spark.sparkContext();
    sc.setJobGroup("radlake/" + job + "/" + runId, job + ": " + description, false);
    try {
      return body.get();
    } finally {
      sc.clearJobGroup();
    }
  }

  /** Changes only the description, inside a step already named with {@link #named}. */
  public static void describe(SparkSession spark, String job, String description) {
    spark.sparkContext().setJobDescription(job + ": " + description);
  }
}
