package io.radlake.jobs.deid;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.encode;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.udf;

import io.radlake.deid.spark.DeidJobSettings;
import io.radlake.deid.spark.DeidSchema;
import io.radlake.deid.spark.DeidentifyPartition;
import io.radlake.ingest.ReasonCode;
import io.radlake.spark.Lakehouse;
import io.radlake.spark.SparkSteps;
import io.radlake.spark.StepResult;
import io.radlake.spark.TableWriter;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.collection.JavaConverters;

/**
 * De-identifies the bronze report versions that silver does not hold yet into {@code silver.reports_deid} and
 * {@code silver.phi_audit}; reports that cannot be de-identified go to {@code bronze.quarantine} (stage
 * deidentify) and are retried by the next run. Commits quarantine, then audit, then silver: silver's commit marks
 * a report done, so a run killed before it is redone and the insert-only MERGEs add nothing twice.
 *
 * <p>Shuffles: the anti-join of bronze against silver's keys, the duplicate marking (by text hash and MinHash LSH
 * buckets) and the MERGEs. Needs no GPU.
 */
public final class DeidentifyStep {
  public static final String JOB = "deidentify";
  private static final Logger LOG = LoggerFactory.getLogger(DeidentifyStep.class);

  private static final List<String> SILVER_COLUMNS =
      List.of(
          "report_key", "report_version", "patient_key", "study_datetime_shifted", "modality", "body_part",
          "site_id", "patient_sex", "age_band", "attributes", "report_text", "indication", "technique",
          "comparison", "findings", "impression", "addendum", "findings_sentences", "findings_words",
          "impression_sentences", "impression_words", "phi_spans_replaced", "text_hash", "dedup_status",
          "duplicate_of", "deid_mode", "deid_version", "secret_fingerprint", "deid_run_id", "processed_at");

  private final SparkSession spark;
  private DeidJobSettings settings;
  private DuplicateMarker duplicateMarker;
  private Lakehouse lakehouse;
  private String runId;

  public DeidentifyStep(SparkSession spark) {
    this.spark = spark;
    this.duplicateMarker = new DuplicateMarker(spark);
  }

  public DeidentifyStep settings(DeidJobSettings settings) {
    this.settings = settings;
    return this;
  }

  public DeidentifyStep duplicateMarker(DuplicateMarker marker) {
    this.duplicateMarker = marker;
    return this;
  }

  public DeidentifyStep lakehouse(Lakehouse lakehouse) {
    this.lakehouse = lakehouse;
    return this;
  }

  public DeidentifyStep runId(String runId) {
    this.runId = runId;
    return this;
  }

  public StepResult execute() {
    if (settings == null || lakehouse == null || runId == null) {
      throw new IllegalStateException("DeidentifyStep needs settings(...), lakehouse(...) and runId(...) before execute()");
    }
    Instant started = Instant.now();
    return SparkSteps.named(spark, JOB, runId, "de-identify new bronze reports", () -> run(started));
  }

  private StepResult run(Instant started) {
    TableWriter writer = new TableWriter(spark, lakehouse);
    String bronzePath = writer.prepare(Lakehouse.BRONZE_REPORTS);
    String silverPath = writer.prepare(Lakehouse.SILVER_REPORTS);
    writer.prepare(Lakehouse.PHI_AUDIT);
    writer.prepare(Lakehouse.QUARANTINE);
    Timestamp now = Timestamp.from(started);

    long t0 = System.nanoTime();
    SparkSteps.describe(spark, JOB, "find bronze reports not yet in " + Lakehouse.SILVER_REPORTS);
    Dataset<Row> silver = spark.read().format("delta").load(silverPath);
    Dataset<Row> bronze = spark.read().format("delta").load(bronzePath);
    Dataset<Row> pending =
        bronze
            .withColumn("_report_key", reportKeyUdf(settings).apply(col("report_id")))
            .join(
                silver.select(col("report_key").as("_report_key"), col("report_version")),
                JavaConverters.asScalaBuffer(List.of("_report_key", "report_version")).toList(), "left_anti")
            .select(Arrays.stream(DeidSchema.INPUT_COLUMNS).map(Column::new).toArray(Column[]::new));

    Dataset<Row> processed =
        pending.mapPartitions(new DeidentifyPartition(settings), Encoders.row(DeidSchema.OUTPUT))
            .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      SparkSteps.describe(spark, JOB, "de-identify, clean and parse sections");
      Dataset<Row> failed = processed.filter(col("failure_reason").isNotNull());
      Dataset<Row> done = processed.filter(col("failure_reason").isNull());
      long in = processed.count();
      long quarantined = failed.count();
      long t1 = System.nanoTime();

      Map<String, String> details = new TreeMap<>();
      details.put("deid_mode", settings.mode().name());
      details.put("secret_fingerprint", settings.secretFingerprint());
      if (quarantined > 0) {
        SparkSteps.describe(spark, JOB, "quarantine reports that could not be de-identified");
        Map<String, String> q = writer.mergeNew(Lakehouse.QUARANTINE, quarantineRows(failed, now), List.of("quarantine_id"));
        details.put("quarantine_rows_inserted", q.getOrDefault("numTargetRowsInserted", "0"));
      }
      long t2 = System.nanoTime();
      long out = 0;
      Map<String, Long> byStatus = new TreeMap<>();
      if (in > quarantined) {
        SparkSteps.describe(spark, JOB, "record replaced identifiers in " + Lakehouse.PHI_AUDIT);
        writer.mergeNew(Lakehouse.PHI_AUDIT, auditRows(done, now),
            List.of("report_key", "report_version", "category", "rule"));
        long t3 = System.nanoTime();
        details.put("ms.merge_audit", Long.toString((t3 - t2) / 1_000_000));

        SparkSteps.describe(spark, JOB, "mark exact and near duplicates");
        Dataset<Row> kept = silver.filter(col("dedup_status").equalTo(DuplicateMarker.UNIQUE))
            .withColumn("row_id", DuplicateMarker.rowId());
        Dataset<Row> marked =
            duplicateMarker.mark(done.withColumn("row_id", DuplicateMarker.rowId()), kept)
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
          for (Row r : marked.groupBy("dedup_status").count().collectAsList()) {
            byStatus.put(r.getString(0), r.getLong(1));
          }
          long t4 = System.nanoTime();
          details.put("ms.mark_duplicates", Long.toString((t4 - t3) / 1_000_000));
          SparkSteps.describe(spark, JOB, "merge de-identified reports into " + Lakehouse.SILVER_REPORTS);
          Map<String, String> s =
              writer.mergeNew(Lakehouse.SILVER_REPORTS, silverRows(marked, now), List.of("report_key", "report_version"));
          out = Long.parseLong(s.getOrDefault("numTargetRowsInserted", "0"));
          details.put("ms.merge_silver", Long.toString((System.nanoTime() - t4) / 1_000_000));
        } finally {
          marked.unpersist();
        }
      }
      byStatus.forEach((status, n) -> details.put("dedup." + status, Long.toString(n)));
      details.put("ms.deidentify", Long.toString((t1 - t0) / 1_000_000));
      details.put("ms.merge_quarantine", Long.toString((t2 - t1) / 1_000_000));
      StepResult result = new StepResult(runId, JOB, "deidentify-clean-dedup", started, Instant.now(), in, out,
          in - quarantined - out, quarantined, StepResult.SUCCEEDED, details);
      LOG.info(result.summary());
      return result;
    } finally {
      processed.unpersist();
    }
  }

  private Dataset<Row> silverRows(Dataset<Row> marked, Timestamp now) {
    return ReportStructure.annotate(marked)
        .withColumn("deid_mode", lit(settings.mode().name()))
        .withColumn("deid_version", lit(settings.version()))
        .withColumn("secret_fingerprint", lit(settings.secretFingerprint()))
        .withColumn("deid_run_id", lit(runId))
        .withColumn("processed_at", lit(now))
        .select(SILVER_COLUMNS.stream().map(Column::new).toArray(Column[]::new));
  }

  private Dataset<Row> auditRows(Dataset<Row> done, Timestamp now) {
    return done
        .select(col("report_key"), col("report_version"), col("site_id"), explode(col("audit")).as("a"))
        .select(
            col("report_key"), col("report_version"), col("a.category").as("category"), col("a.rule").as("rule"),
            col("a.spans_replaced").as("spans_replaced"), col("site_id"), lit(runId).as("deid_run_id"),
            lit(now).as("audited_at"));
  }

  private Dataset<Row> quarantineRows(Dataset<Row> failed, Timestamp now) {
    Column sep = lit(new byte[] {0});
    Column raw = encode(col("raw_text"), "UTF-8");
    return failed.select(
        sha2(concat(encode(col("source_file"), "UTF-8"), sep, encode(col("source_record").cast("string"), "UTF-8"),
                sep, lit(ReasonCode.DEID_FAILED.name()).cast("binary"), sep, raw), 256)
            .as("quarantine_id"),
        lit(JOB).as("stage"),
        col("source_file"),
        col("source_record"),
        col("source_format"),
        col("report_id"),
        lit(ReasonCode.DEID_FAILED.name()).as("reason_code"),
        col("failure_reason").as("reason"),
        raw.as("raw_record"),
        length(raw).cast("long").as("raw_size_bytes"),
        lit(runId).as("ingest_run_id"),
        lit(now).as("quarantined_at"));
  }

  /** report_id -> report_key as silver holds it, keyed by the settings' secret (deid-eval and purge join on it). */
  static UserDefinedFunction reportKeyUdf(DeidJobSettings settings) {
    return udf((UDF1<String, String>) id -> settings.pseudonymizer().reportKey(id), DataTypes.StringType);
  }
}
