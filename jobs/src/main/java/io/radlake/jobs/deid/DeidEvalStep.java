package io.radlake.jobs.deid;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;

import io.radlake.deid.DeidMode;
import io.radlake.deid.DeidSecret;
import io.radlake.deid.eval.DeidEvaluation;
import io.radlake.deid.eval.DeidScore;
import io.radlake.deid.eval.QualityBar;
import io.radlake.deid.spark.DeidEvalPartition;
import io.radlake.deid.spark.DeidJobSettings;
import io.radlake.phi.PhiCategory;
import io.radlake.spark.Lakehouse;
import io.radlake.spark.SparkSteps;
import io.radlake.spark.StepResult;
import io.radlake.spark.TableWriter;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.collection.JavaConverters;

/**
 * Measures de-identification against the generator's ground truth and appends the result to {@code ops.deid_eval}:
 * for every bronze report with planted spans ({@code reference.phi_ground_truth}), re-runs the de-identification
 * job's detector on the bronze text and scores its findings ({@code SpanScorer}), and checks the report's silver
 * text for planted strings that survived ({@code LeakCounter}). Executors return counts only; no text reaches the
 * driver, the logs or the table.
 *
 * <p>Silver rows are found by report_key, which is keyed by the de-identification secret: the step needs the secret
 * the silver rows were written with and refuses another one (by fingerprint). Reports that bronze holds in several
 * versions are not scored (the spans index one of the texts, unknown which).
 *
 * <p>Shuffles: grouping the spans per report, the joins with bronze and silver. Needs no GPU.
 */
public final class DeidEvalStep {
  public static final String JOB = "deid-eval";
  public static final String ALL = "ALL";
  private static final Logger LOG = LoggerFactory.getLogger(DeidEvalStep.class);

  static final StructType ROW_SCHEMA =
      new StructType()
          .add("run_id", DataTypes.StringType, false)
          .add("category", DataTypes.StringType, false)
          .add("reports", DataTypes.LongType, false)
          .add("reports_published", DataTypes.LongType, false)
          .add("spans", DataTypes.LongType, false)
          .add("detected", DataTypes.LongType, false)
          .add("missed", DataTypes.LongType, false)
          .add("findings", DataTypes.LongType, false)
          .add("false_positives", DataTypes.LongType, false)
          .add("recall", DataTypes.DoubleType, false)
          .add("precision", DataTypes.DoubleType, false)
          .add("f1", DataTypes.DoubleType, false)
          .add("leaked", DataTypes.LongType, false)
          .add("deid_version", DataTypes.StringType, false)
          .add("evaluated_at", DataTypes.TimestampType, false);

  private final SparkSession spark;
  private DeidSecret secret;
  private QualityBar bar = QualityBar.standard();
  private Lakehouse lakehouse;
  private String runId;

  public DeidEvalStep(SparkSession spark) {
    this.spark = spark;
  }

  /** The secret silver.reports_deid was written with: it derives the report keys that find each silver row. */
  public DeidEvalStep secret(DeidSecret secret) {
    this.secret = secret;
    return this;
  }

  public DeidEvalStep bar(QualityBar bar) {
    this.bar = bar;
    return this;
  }

  public DeidEvalStep lakehouse(Lakehouse lakehouse) {
    this.lakehouse = lakehouse;
    return this;
  }

  public DeidEvalStep runId(String runId) {
    this.runId = runId;
    return this;
  }

  public DeidEvalResult execute() {
    if (secret == null || lakehouse == null || runId == null) {
      throw new IllegalStateException("DeidEvalStep needs secret(...), lakehouse(...) and runId(...) before execute()");
    }
    Instant started = Instant.now();
    return SparkSteps.named(spark, JOB, runId, "score de-identification against the ground truth",
        () -> run(started));
  }

  private DeidEvalResult run(Instant started) {
    TableWriter writer = new TableWriter(spark, lakehouse);
    Dataset<Row> bronze = spark.read().format("delta").load(writer.prepare(Lakehouse.BRONZE_REPORTS))
        .select("report_id", "report_version", "report_text");
    Dataset<Row> truth = spark.read().format("delta").load(writer.prepare(Lakehouse.PHI_GROUND_TRUTH));
    Dataset<Row> silver = spark.read().format("delta").load(writer.prepare(Lakehouse.SILVER_REPORTS));
    writer.prepare(Lakehouse.DEID_EVAL);
    // Only the key derivation and the version stamp are used: mode and kept attributes do not matter here.
    DeidJobSettings keys = new DeidJobSettings(DeidMode.TAGS, List.of(), secret);
    requireSilverSecret(silver, keys.secretFingerprint());

    SparkSteps.describe(spark, JOB, "join bronze reports with their planted spans and silver rows");
    Dataset<Row> spans = truth.groupBy("report_id")
        .agg(collect_list(struct(col("category"), col("start"), col("end"))).as(DeidEvalPartition.SPANS));
    Dataset<Row> versions = bronze.groupBy("report_id").agg(count(lit(1)).as("_versions"));
    Dataset<Row> withTruth = bronze.join(spans, "report_id").join(versions, "report_id");
    long severalVersions = withTruth.filter(col("_versions").gt(1)).select("report_id").distinct().count();
    Dataset<Row> published = silver
        .filter(col("secret_fingerprint").equalTo(keys.secretFingerprint()))
        .select(col("report_key").as("_report_key"), col("report_version"),
            col("report_text").as(DeidEvalPartition.PUBLISHED));
    Dataset<Row> reports = withTruth.filter(col("_versions").equalTo(1))
        .withColumn("_report_key", DeidentifyStep.reportKeyUdf(keys).apply(col("report_id")))
        .join(published, JavaConverters.asScalaBuffer(List.of("_report_key", "report_version")).toList(), "left")
        .select(col("report_text").as(DeidEvalPartition.TEXT), col(DeidEvalPartition.SPANS),
            col(DeidEvalPartition.PUBLISHED));

    SparkSteps.describe(spark, JOB, "detect, score and count leaks per report");
    DeidEvaluation evaluation = DeidEvaluation.empty();
    for (DeidEvaluation partition :
        reports.mapPartitions(new DeidEvalPartition(), Encoders.javaSerialization(DeidEvaluation.class))
            .collectAsList()) {
      evaluation = evaluation.merge(partition);
    }
    List<String> shortfalls = bar.shortfalls(evaluation);

    SparkSteps.describe(spark, JOB, "append the scores to " + Lakehouse.DEID_EVAL);
    List<Row> rows = tableRows(evaluation, keys.version(), Timestamp.from(started));
    Map<String, String> merged =
        writer.mergeNew(Lakehouse.DEID_EVAL, spark.createDataFrame(rows, ROW_SCHEMA), List.of("run_id", "category"));
    long written = Long.parseLong(merged.getOrDefault("numTargetRowsInserted", "0"));

    Map<String, String> details = new TreeMap<>();
    details.put("reports_scored", Long.toString(evaluation.reportsScored()));
    details.put("reports_published", Long.toString(evaluation.reportsPublished()));
    details.put("reports_skipped", Long.toString(evaluation.reportsSkipped()));
    details.put("reports_several_versions", Long.toString(severalVersions));
    details.put("recall", format(evaluation.score().recall()));
    details.put("precision", format(evaluation.score().precision()));
    details.put("leaked", Long.toString(evaluation.leaked()));
    details.put("bar_met", Boolean.toString(shortfalls.isEmpty()));
    long in = evaluation.reportsScored() + evaluation.reportsSkipped() + severalVersions;
    StepResult step = new StepResult(runId, JOB, "score-and-leak-check", started, Instant.now(), in, written,
        rows.size() - written, 0, StepResult.SUCCEEDED, details);
    LOG.info("{}; recall {}, precision {}, leaked {}, bar {}", step.summary(), details.get("recall"),
        details.get("precision"), evaluation.leaked(), shortfalls.isEmpty() ? "met" : "missed");
    return new DeidEvalResult(step, evaluation, severalVersions, bar, shortfalls);
  }

  /** With another secret no silver row would be found and every leak would go unseen: refuse instead. */
  private static void requireSilverSecret(Dataset<Row> silver, String fingerprint) {
    List<String> used = new ArrayList<>();
    for (Row r : silver.select("secret_fingerprint").distinct().collectAsList()) {
      used.add(r.getString(0));
    }
    if (!used.isEmpty() && !used.contains(fingerprint)) {
      throw new IllegalArgumentException("the secret (fingerprint " + fingerprint + ") is not the one "
          + Lakehouse.SILVER_REPORTS + " was written with (fingerprint " + String.join(", ", used.stream().sorted().toList())
          + "): set RADLAKE_DEID_SECRET_FILE or RADLAKE_DEID_SECRET to the secret of the deidentify runs");
    }
  }

  private List<Row> tableRows(DeidEvaluation e, String version, Timestamp at) {
    List<Row> rows = new ArrayList<>();
    for (PhiCategory category : e.categoriesSeen()) {
      DeidScore.CategoryScore s = e.score().category(category);
      rows.add(row(category.name(), e, s.truthSpans(), s.detected(), s.findings(), s.falsePositives(), s.recall(),
          s.precision(), s.f1(), e.leaked(category), version, at));
    }
    DeidScore all = e.score();
    rows.add(row(ALL, e, all.truthSpans(), all.detected(), all.findings(), all.falsePositives(), all.recall(),
        all.precision(), all.f1(), e.leaked(), version, at));
    return rows;
  }

  private Row row(String category, DeidEvaluation e, long spans, long detected, long findings, long falsePositives,
      double recall, double precision, double f1, long leaked, String version, Timestamp at) {
    return RowFactory.create(runId, category, e.reportsScored(), e.reportsPublished(), spans, detected,
        spans - detected, findings, falsePositives, recall, precision, f1, leaked, version, at);
  }

  private static String format(double ratio) {
    return String.format(Locale.ROOT, "%.4f", ratio);
  }
}
