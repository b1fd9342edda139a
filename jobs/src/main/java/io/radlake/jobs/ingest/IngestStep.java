package io.radlake.jobs.ingest;

import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.encode;
import static org.apache.spark.sql.functions.format_string;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.when;

import io.radlake.ingest.IngestSettings;
import io.radlake.ingest.ReasonCode;
import io.radlake.ingest.SourceFormat;
import io.radlake.spark.Lakehouse;
import io.radlake.spark.SparkSteps;
import io.radlake.spark.StepResult;
import io.radlake.spark.TableWriter;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads raw report files into {@code bronze.reports_raw}; records that fail validation go to
 * {@code bronze.quarantine} with a reason. Idempotent: bronze is merged on (report_id,
 * content_hash) and quarantine on a hash of the record's location, reason and bytes, so a rerun
 * (also after kill -9) adds nothing twice. A changed text for a known report_id becomes its next
 * report_version.
 *
 * <p>Reads one file per task (streaming, exact record numbers); shuffles once on report_id to find
 * duplicate ids and once to join bronze's existing keys. Needs no GPU.
 */
public final class IngestStep {
  public static final String JOB = "ingest";
  private static final Logger LOG = LoggerFactory.getLogger(IngestStep.class);

  static final String DISPOSITION = "_disposition";
  static final String NEW = "NEW";
  static final String UNCHANGED = "UNCHANGED";
  static final String DUPLICATE = "DUPLICATE";
  static final String QUARANTINED = "QUARANTINED";

  private static final List<String> BRONZE_COLUMNS =
      List.of(
          "report_id", "report_version", "patient_id", "accession_number", "study_datetime", "modality", "body_part",
          "site_id", "patient_sex", "patient_age", "attributes", "report_text", "content_hash", "source_file",
          "source_record", "source_format", "ingest_run_id", "ingested_at");

  private final SparkSession spark;
  private List<String> inputs = List.of();
  private SourceFormat format;
  private IngestSettings settings = IngestSettings.defaults();
  private Lakehouse lakehouse;
  private String runId;

  public IngestStep(SparkSession spark) {
    this.spark = spark;
  }

  public IngestStep inputs(List<String> inputs) {
    this.inputs = List.copyOf(inputs);
    return this;
  }

  /** Null: infer each file's format from its name. */
  public IngestStep format(SourceFormat format) {
    this.format = format;
    return this;
  }

  public IngestStep settings(IngestSettings settings) {
    this.settings = settings;
    return this;
  }

  public IngestStep lakehouse(Lakehouse lakehouse) {
    this.lakehouse = lakehouse;
    return this;
  }

  public IngestStep runId(String runId) {
    this.runId = runId;
    return this;
  }

  public IngestResult execute() {
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("--input is required: give at least one file, folder or glob");
    }
    if (lakehouse == null || runId == null) {
      throw new IllegalStateException("IngestStep needs lakehouse(...) and runId(...) before execute()");
    }
    Instant started = Instant.now();
    return SparkSteps.named(spark, JOB, runId, "read, validate and merge " + inputs, () -> run(started));
  }

  private IngestResult run(Instant started) {
    var hadoopConf = spark.sparkContext().hadoopConfiguration();
    List<SourceFile> files = SourceFiles.expand(inputs, format, hadoopConf);
    long bytes = files.stream().mapToLong(SourceFile::sizeBytes).sum();
    LOG.info("ingest {}: reading {} files ({} bytes)", runId, files.size(), bytes);

    Map<String, String> confCopy = new HashMap<>();
    hadoopConf.forEach(e -> confCopy.put(e.getKey(), e.getValue()));
    JavaRDD<Row> rows =
        JavaSparkContext.fromSparkContext(spark.sparkContext())
            .parallelize(files, Math.max(1, files.size()))
            .mapPartitions(new ReadAndValidate(settings, confCopy));
    Dataset<Row> read = spark.createDataFrame(rows, IngestSchema.READ);

    TableWriter writer = new TableWriter(spark, lakehouse);
    String bronzePath = writer.prepare(Lakehouse.BRONZE_REPORTS);
    writer.prepare(Lakehouse.QUARANTINE);
    Timestamp now = Timestamp.from(started);

    Dataset<Row> classified = classify(read, spark.read().format("delta").load(bronzePath))
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      long t0 = System.nanoTime();
      SparkSteps.describe(spark, JOB, "read and validate " + files.size() + " files");
      Map<String, Long> dispositions = new TreeMap<>();
      Map<String, Long> byReason = new TreeMap<>();
      for (Row r : classified.groupBy(DISPOSITION, IngestSchema.REASON_CODE).count().collectAsList()) {
        dispositions.merge(r.getString(0), r.getLong(2), Long::sum);
        if (r.getString(1) != null) {
          byReason.put(r.getString(1), r.getLong(2));
        }
      }

      long t1 = System.nanoTime();
      // An empty batch needs no contract check and no MERGE (a rerun's usual case for bronze).
      Map<String, String> quarantineMetrics = Map.of();
      if (dispositions.getOrDefault(QUARANTINED, 0L) > 0) {
        SparkSteps.describe(spark, JOB, "merge quarantined records into " + Lakehouse.QUARANTINE);
        quarantineMetrics =
            writer.mergeNew(
                Lakehouse.QUARANTINE, quarantineRows(classified.filter(col(DISPOSITION).equalTo(QUARANTINED)), now),
                List.of("quarantine_id"));
      }
      long t2 = System.nanoTime();
      Map<String, String> bronzeMetrics = Map.of();
      if (dispositions.getOrDefault(NEW, 0L) > 0) {
        SparkSteps.describe(spark, JOB, "merge new reports into " + Lakehouse.BRONZE_REPORTS);
        bronzeMetrics =
            writer.mergeNew(
                Lakehouse.BRONZE_REPORTS, bronzeRows(classified.filter(col(DISPOSITION).equalTo(NEW)), now),
                List.of("report_id", "content_hash"));
      }
      long t3 = System.nanoTime();

      long in = dispositions.values().stream().mapToLong(Long::longValue).sum();
      Map<String, String> details = new TreeMap<>();
      details.put("files", Long.toString(files.size()));
      details.put("bytes_read", Long.toString(bytes));
      details.put("duplicates_in_input", Long.toString(dispositions.getOrDefault(DUPLICATE, 0L)));
      details.put("bronze_rows_inserted", bronzeMetrics.getOrDefault("numTargetRowsInserted", "0"));
      details.put("quarantine_rows_inserted", quarantineMetrics.getOrDefault("numTargetRowsInserted", "0"));
      byReason.forEach((reason, n) -> details.put("quarantined." + reason, Long.toString(n)));
      // Where the time went: reading + validating + classifying (cached), then each table's check and MERGE.
      details.put("ms.read_validate_classify", Long.toString((t1 - t0) / 1_000_000));
      details.put("ms.merge_quarantine", Long.toString((t2 - t1) / 1_000_000));
      details.put("ms.merge_bronze", Long.toString((t3 - t2) / 1_000_000));
      StepResult step =
          new StepResult(
              runId, JOB, "read-validate-merge", started, Instant.now(), in,
              dispositions.getOrDefault(NEW, 0L), dispositions.getOrDefault(UNCHANGED, 0L),
              dispositions.getOrDefault(QUARANTINED, 0L), StepResult.SUCCEEDED, details);
      IngestResult result =
          new IngestResult(
              step, files.size(), bytes, in, step.rowsOut(), step.rowsUnchanged(),
              dispositions.getOrDefault(DUPLICATE, 0L), step.rowsQuarantined(), byReason);
      LOG.info("{}; {}", step.summary(), result.balanceLine());
      return result;
    } finally {
      classified.unpersist();
    }
  }

  /**
   * Gives every read row a disposition. Valid rows whose report_id has several texts in this input
   * are quarantined (which text is right is unknown); exact copies keep their first occurrence.
   */
  static Dataset<Row> classify(Dataset<Row> read, Dataset<Row> bronze) {
    Dataset<Row> problems =
        read.filter(col(IngestSchema.REASON_CODE).isNotNull()).withColumn(DISPOSITION, lit(QUARANTINED));

    WindowSpec byId = Window.partitionBy("report_id");
    Dataset<Row> valid =
        read.filter(col(IngestSchema.REASON_CODE).isNull())
            .withColumn("_texts", size(collect_set("content_hash").over(byId)))
            .withColumn("_records", count(lit(1)).over(byId))
            .withColumn("_rank", row_number().over(byId.orderBy("source_file", "source_record")));

    Dataset<Row> conflicting =
        valid
            .filter(col("_texts").gt(1))
            .withColumn(IngestSchema.REASON_CODE, lit(ReasonCode.DUPLICATE_REPORT_ID.name()))
            .withColumn(
                IngestSchema.REASON,
                format_string(
                    ReasonCode.DUPLICATE_REPORT_ID.name()
                        + ": report_id occurs in %d records of this input with %d different texts; which one is"
                        + " current is unknown, so all are quarantined: ingest one version per run (later runs add"
                        + " new versions)",
                    col("_records"), col("_texts")))
            // No source bytes are kept for valid rows: the record is preserved as JSON of all its columns.
            .withColumn(IngestSchema.RAW_RECORD, encode(to_json(struct(sourceColumns())), "UTF-8"))
            .withColumn(DISPOSITION, lit(QUARANTINED));

    Dataset<Row> firstCopies = valid.filter(col("_texts").equalTo(1));
    Dataset<Row> known =
        bronze
            .groupBy("report_id")
            .agg(max("report_version").as("_max_version"), collect_set("content_hash").as("_hashes"));
    Dataset<Row> candidates =
        firstCopies
            .join(known, firstCopies.col("report_id").equalTo(known.col("report_id")), "left")
            .drop(known.col("report_id"))
            .withColumn(
                DISPOSITION,
                when(col("_rank").gt(1), lit(DUPLICATE))
                    .when(coalesce(array_contains(col("_hashes"), col("content_hash")), lit(false)), lit(UNCHANGED))
                    .otherwise(lit(NEW)))
            .withColumn("report_version", coalesce(col("_max_version"), lit(0)).plus(1));

    return problems
        .unionByName(conflicting.drop("_texts", "_records", "_rank"), true)
        .unionByName(candidates.drop("_texts", "_records", "_rank", "_max_version", "_hashes"), true);
  }

  /** The record's own columns (not the problem columns), to keep a valid row as JSON. */
  private static Column[] sourceColumns() {
    return java.util.Arrays.stream(IngestSchema.READ.fieldNames())
        .filter(n -> !n.equals(IngestSchema.REASON_CODE) && !n.equals(IngestSchema.REASON)
            && !n.equals(IngestSchema.RAW_RECORD))
        .map(org.apache.spark.sql.functions::col)
        .toArray(Column[]::new);
  }

  private Dataset<Row> bronzeRows(Dataset<Row> newRows, Timestamp now) {
    return newRows
        .withColumn("report_version", col("report_version").cast("int"))
        .withColumn("ingest_run_id", lit(runId))
        .withColumn("ingested_at", lit(now))
        .select(BRONZE_COLUMNS.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new));
  }

  private Dataset<Row> quarantineRows(Dataset<Row> rows, Timestamp now) {
    Column sep = lit(new byte[] {0});
    return rows.select(
        sha2(
                concat(
                    encode(col("source_file"), "UTF-8"), sep,
                    encode(col("source_record").cast("string"), "UTF-8"), sep,
                    encode(col(IngestSchema.REASON_CODE), "UTF-8"), sep,
                    col(IngestSchema.RAW_RECORD)),
                256)
            .as("quarantine_id"),
        lit("ingest").as("stage"),
        col("source_file"),
        col("source_record"),
        col("source_format"),
        col("report_id"),
        col(IngestSchema.REASON_CODE),
        col(IngestSchema.REASON),
        col(IngestSchema.RAW_RECORD),
        length(col(IngestSchema.RAW_RECORD)).cast("long").as("raw_size_bytes"),
        lit(runId).as("ingest_run_id"),
        lit(now).as("quarantined_at"));
  }
}
