package io.radlake.jobs.ingest;

import static org.apache.spark.sql.functions.lit;

import io.radlake.spark.Lakehouse;
import io.radlake.spark.SparkSteps;
import io.radlake.spark.StepResult;
import io.radlake.spark.TableWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Loads a generated corpus's planted-PHI spans ({@code _ground_truth/*.jsonl}) into
 * {@code reference.phi_ground_truth}, merged on (report_id, category, start, end) so reruns add
 * nothing. Shuffles once (the MERGE). Needs no GPU.
 */
public final class GroundTruthStep {
  public static final String JOB = "ground-truth";
  static final StructType SPAN_SCHEMA =
      new StructType()
          .add("report_id", DataTypes.StringType)
          .add("category", DataTypes.StringType)
          .add("start", DataTypes.IntegerType)
          .add("end", DataTypes.IntegerType);

  private final SparkSession spark;
  private String corpusDir;
  private long seed;
  private Lakehouse lakehouse;
  private String runId;

  public GroundTruthStep(SparkSession spark) {
    this.spark = spark;
  }

  public GroundTruthStep corpus(String corpusDir, long seed) {
    this.corpusDir = corpusDir;
    this.seed = seed;
    return this;
  }

  public GroundTruthStep lakehouse(Lakehouse lakehouse) {
    this.lakehouse = lakehouse;
    return this;
  }

  public GroundTruthStep runId(String runId) {
    this.runId = runId;
    return this;
  }

  public StepResult execute() {
    Instant started = Instant.now();
    return SparkSteps.named(spark, JOB, runId, "load planted PHI spans of " + corpusDir, () -> {
      Dataset<Row> spans =
          spark.read().schema(SPAN_SCHEMA).option("mode", "FAILFAST").json(corpusDir + "/_ground_truth/*.jsonl")
              .withColumn("corpus_seed", lit(seed))
              .cache();
      try {
        long in = spans.count();
        Map<String, String> metrics =
            new TableWriter(spark, lakehouse)
                .mergeNew(Lakehouse.PHI_GROUND_TRUTH, spans, List.of("report_id", "category", "start", "end"));
        long inserted = Long.parseLong(metrics.getOrDefault("numTargetRowsInserted", "0"));
        return new StepResult(runId, JOB, "load-spans", started, Instant.now(), in, inserted, in - inserted, 0,
            StepResult.SUCCEEDED, Map.of("corpus", corpusDir));
      } finally {
        spans.unpersist();
      }
    });
  }
}
