package io.radlake.spark;

import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;

import java.sql.Timestamp;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Appends step results to {@code ops.run_metrics}, one row per step: the lakehouse's run log. */
public final class RunMetrics {
  static final StructType SCHEMA =
      new StructType()
          .add("run_id", StringType, false)
          .add("job", StringType, false)
          .add("step", StringType, false)
          .add("started_at", TimestampType, false)
          .add("finished_at", TimestampType, false)
          .add("duration_ms", LongType, false)
          .add("rows_in", LongType, false)
          .add("rows_out", LongType, false)
          .add("rows_unchanged", LongType, false)
          .add("rows_quarantined", LongType, false)
          .add("status", StringType, false)
          .add("details", DataTypes.createMapType(StringType, StringType));

  private RunMetrics() {}

  public static void append(SparkSession spark, Lakehouse lakehouse, StepResult r) {
    Row row =
        RowFactory.create(
            r.runId(), r.job(), r.step(), Timestamp.from(r.startedAt()), Timestamp.from(r.finishedAt()),
            r.duration().toMillis(), r.rowsIn(), r.rowsOut(), r.rowsUnchanged(), r.rowsQuarantined(), r.status(),
            scala.collection.JavaConverters.mapAsScalaMap(r.details()));
    new TableWriter(spark, lakehouse).append(Lakehouse.RUN_METRICS, spark.createDataFrame(List.of(row), SCHEMA));
  }
}
