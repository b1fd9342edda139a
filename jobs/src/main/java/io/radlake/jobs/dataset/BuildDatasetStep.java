package io.radlake.jobs.dataset;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.udf;

import io.radlake.dataset.ExampleFilter;
import io.radlake.dataset.InstructionTemplates;
import io.radlake.dataset.PatientSplitter;
import io.radlake.dataset.PromptOptions;
import io.radlake.dataset.Split;
import io.radlake.dataset.SplitFractions;
import io.radlake.dataset.export.DatasetExporter;
import io.radlake.dataset.export.ExportExample;
import io.radlake.dataset.export.ExportFormat;
import io.radlake.dataset.export.ExportManifest;
import io.radlake.dataset.export.ExportRequest;
import io.radlake.dataset.export.TokenCounter;
import io.radlake.dataset.export.WhitespaceTokenCounter;
import io.radlake.spark.Lakehouse;
import io.radlake.spark.SparkSteps;
import io.radlake.spark.StepResult;
import io.radlake.spark.TableWriter;
import io.radlake.spark.TimeTravel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the instruction-tuning dataset from {@code silver.reports_deid} (see {@code io.radlake.dataset}'s package
 * comment for the per-row logic): the latest version of each report is filtered, rendered and counted on the
 * executors ({@link ExampleRows}); rejects go to {@code gold.dataset_rejects}; kept examples get their patient's
 * stratum (majority modality of the patient's kept reports) and the exact stratified split
 * ({@link PatientSplitter#splitAtRank} over a window per stratum), and go to {@code gold.instruct_pairs}. Both gold
 * tables are replaced whole: a build is a snapshot of one silver version (the latest, or an earlier one by Delta time
 * travel, {@link #silverAsOf}), which is recorded in every pair row, the step details and the export manifest.
 *
 * <p>With {@link #output(Path)}, the pairs are then exported (Alpaca and chat JSONL per split, card, manifest)
 * by {@link DatasetExporter}. The export collects every kept example to the driver, sorted by example_key, held
 * twice (the collected rows and the export records): a few KB per example (an estimate from report lengths, not
 * measured), so in the order of 100,000 examples per GB of driver heap; beyond that, raise
 * {@code spark.driver.memory}, or build with {@code output(null)} and export from the table.
 *
 * <p>Shuffles: latest version per report, the patient strata, the per-stratum rank windows and the join back.
 */
public final class BuildDatasetStep {
  public static final String JOB = "build-dataset";
  public static final String DATASET_NAME = "radlake-instruct";
  private static final Logger LOG = LoggerFactory.getLogger(BuildDatasetStep.class);

  private final SparkSession spark;
  private Lakehouse lakehouse;
  private String runId;
  private long seed = 42;
  private SplitFractions fractions = SplitFractions.defaults();
  private boolean includeContext;
  private ExampleFilter filter = ExampleFilter.defaults();
  private TokenCounter tokenCounter = new WhitespaceTokenCounter();
  private Path output;
  private TimeTravel silverAsOf = TimeTravel.latest();

  public BuildDatasetStep(SparkSession spark) {
    this.spark = spark;
  }

  public BuildDatasetStep lakehouse(Lakehouse lakehouse) {
    this.lakehouse = lakehouse;
    return this;
  }

  public BuildDatasetStep runId(String runId) {
    this.runId = runId;
    return this;
  }

  /** Chooses the template per example and orders patients for the split. Default 42. */
  public BuildDatasetStep seed(long seed) {
    this.seed = seed;
    return this;
  }

  public BuildDatasetStep fractions(SplitFractions fractions) {
    this.fractions = fractions;
    return this;
  }

  /** Whether the input carries the indication and comparison lines. Default false. */
  public BuildDatasetStep includeContext(boolean includeContext) {
    this.includeContext = includeContext;
    return this;
  }

  public BuildDatasetStep filter(ExampleFilter filter) {
    this.filter = filter;
    return this;
  }

  /** Counts tokens for the length filter and the card. Default: {@link WhitespaceTokenCounter}. */
  public BuildDatasetStep tokenCounter(TokenCounter tokenCounter) {
    this.tokenCounter = tokenCounter;
    return this;
  }

  /**
   * Which version of silver.reports_deid to read (Delta time travel): the one a manifest's
   * {@code source_table_versions} names rebuilds that dataset. Default: the latest.
   */
  public BuildDatasetStep silverAsOf(TimeTravel silverAsOf) {
    this.silverAsOf = silverAsOf;
    return this;
  }

  /** The export folder (replaced atomically); null for no export. */
  public BuildDatasetStep output(Path output) {
    this.output = output;
    return this;
  }

  public BuildDatasetResult execute() {
    if (lakehouse == null || runId == null || fractions == null || filter == null || tokenCounter == null
        || silverAsOf == null) {
      throw new IllegalStateException(
          "BuildDatasetStep needs lakehouse(...) and runId(...) (and non-null settings) before execute()");
    }
    Instant started = Instant.now();
    return SparkSteps.named(spark, JOB, runId, "build the instruction dataset", () -> run(started));
  }

  private BuildDatasetResult run(Instant started) {
    TableWriter writer = new TableWriter(spark, lakehouse);
    String silverPath = writer.prepare(Lakehouse.SILVER_REPORTS);
    writer.prepare(Lakehouse.INSTRUCT_PAIRS);
    writer.prepare(Lakehouse.DATASET_REJECTS);
    // Pin the version: every later read of silver in this run sees the same snapshot.
    long silverVersion = silverAsOf.resolve(spark, silverPath, Lakehouse.SILVER_REPORTS);
    Dataset<Row> silver = spark.read().format("delta").option("versionAsOf", silverVersion).load(silverPath);

    SparkSteps.describe(spark, JOB, "filter, render and count tokens of the latest report versions");
    Dataset<Row> latest = silver
        .withColumn("_latest", row_number().over(
            Window.partitionBy("report_key").orderBy(col("report_version").desc())))
        .filter(col("_latest").equalTo(1))
        .select("report_key", "patient_key", "modality", "body_part", "indication", "comparison", "findings",
            "impression", "dedup_status", "deid_version");
    PromptOptions prompt = PromptOptions.defaults(seed).withContext(includeContext);
    Dataset<Row> candidates = latest
        .map(new ExampleRows(filter, InstructionTemplates.standard(prompt), tokenCounter),
            Encoders.row(ExampleRows.SCHEMA))
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      return writeAndExport(writer, latest, candidates, silverVersion, started);
    } finally {
      candidates.unpersist();
    }
  }

  private BuildDatasetResult writeAndExport(TableWriter writer, Dataset<Row> latest, Dataset<Row> candidates,
      long silverVersion, Instant started) {
    SparkSteps.describe(spark, JOB, "write " + Lakehouse.DATASET_REJECTS);
    Dataset<Row> rejects = candidates.filter(col("reason").isNotNull())
        .select(col("example_key"), col("source_report_key"), col("reason"), lit(runId).as("build_run_id"));
    writer.replace(Lakehouse.DATASET_REJECTS, rejects);
    SortedMap<String, Long> rejectsByReason = new TreeMap<>();
    for (Row r : spark.read().format("delta").load(lakehouse.tablePath(Lakehouse.DATASET_REJECTS))
        .groupBy("reason").count().collectAsList()) {
      rejectsByReason.put(r.getString(0), r.getLong(1));
    }

    SparkSteps.describe(spark, JOB, "split patients by stratum and write " + Lakehouse.INSTRUCT_PAIRS);
    Dataset<Row> kept = candidates.filter(col("reason").isNull());
    Dataset<Row> pairs = kept.join(patientSplits(kept), "patient_key")
        .select(col("example_key"), col("split"), col("template_id"), col("instruction"), col("input"),
            col("output"), col("system_prompt"), col("modality"), col("body_part"), col("patient_key"),
            col("source_report_key"), col("input_tokens"), col("output_tokens"), lit(seed).as("seed"),
            lit(silverVersion).as("silver_version"), lit(runId).as("build_run_id"));
    writer.replace(Lakehouse.INSTRUCT_PAIRS, pairs);
    Dataset<Row> written = spark.read().format("delta").load(lakehouse.tablePath(Lakehouse.INSTRUCT_PAIRS));
    SortedMap<String, SortedMap<String, Long>> bySplit = new TreeMap<>();
    for (Row r : written.groupBy("split", "modality").count().collectAsList()) {
      bySplit.computeIfAbsent(r.getString(0), s -> new TreeMap<>()).put(r.getString(1), r.getLong(2));
    }
    long rowsIn = latest.count();

    ExportManifest manifest = null;
    if (output != null) {
      SparkSteps.describe(spark, JOB, "export the pairs to JSONL");
      manifest = export(written, latest, rejectsByReason, silverVersion);
    }

    BuildDatasetResult partial = new BuildDatasetResult(null, silverVersion, bySplit, rejectsByReason, null);
    Map<String, String> details = new TreeMap<>();
    details.put("silver_version", Long.toString(silverVersion));
    details.put("seed", Long.toString(seed));
    details.put("tokenizer", tokenCounter.description());
    details.put("include_context", Boolean.toString(includeContext));
    for (Split split : Split.values()) {
      details.put("examples." + split.label(), Long.toString(partial.examples(split.label())));
    }
    rejectsByReason.forEach((reason, n) -> details.put("rejects." + reason, Long.toString(n)));
    StepResult step = new StepResult(runId, JOB, "build", started, Instant.now(), rowsIn, partial.examples(), 0,
        partial.rejects(), StepResult.SUCCEEDED, details);
    LOG.info("{}; silver version {}, splits {}", step.summary(), silverVersion, bySplit);
    return new BuildDatasetResult(step, silverVersion, bySplit, rejectsByReason, manifest);
  }

  /**
   * patient_key -> split: stratum = the patient's majority modality (ties: the smallest name, as
   * {@code PatientStratum}), then per stratum the rank in (rank key, patient key) order and the stratum's size.
   */
  private Dataset<Row> patientSplits(Dataset<Row> kept) {
    PatientSplitter splitter = new PatientSplitter(seed, fractions);
    var rankKey = udf((UDF1<String, Long>) splitter::rankKey, DataTypes.LongType);
    var splitAt = udf((UDF2<Long, Long, String>) (rank, size) -> splitter.splitAtRank(rank, size).label(),
        DataTypes.StringType);
    Dataset<Row> strata = kept.groupBy("patient_key", "modality").agg(count(lit(1)).as("_reports"))
        .withColumn("_best", row_number().over(Window.partitionBy("patient_key")
            .orderBy(col("_reports").desc(), col("modality").asc())))
        .filter(col("_best").equalTo(1))
        .select(col("patient_key"), col("modality").as("_stratum"))
        .withColumn("_rank_key", rankKey.apply(col("patient_key")));
    return strata
        .withColumn("_rank", row_number().over(
            Window.partitionBy("_stratum").orderBy(col("_rank_key"), col("patient_key"))).minus(1))
        .withColumn("_size", count(lit(1)).over(Window.partitionBy("_stratum")))
        .select(col("patient_key"), splitAt.apply(col("_rank").cast("long"), col("_size")).as("split"));
  }

  private ExportManifest export(Dataset<Row> pairs, Dataset<Row> latest, SortedMap<String, Long> rejectsByReason,
      long silverVersion) {
    SortedMap<String, List<ExportExample>> bySplit = new TreeMap<>();
    for (Row r : pairs.orderBy("example_key").collectAsList()) {
      ExportExample e = new ExportExample(r.getAs("example_key"), r.getAs("split"), r.getAs("template_id"),
          r.getAs("instruction"), r.getAs("input"), r.getAs("output"), r.getAs("system_prompt"),
          r.getAs("modality"), r.<Integer>getAs("input_tokens"), r.<Integer>getAs("output_tokens"),
          r.getAs("source_report_key"));
      bySplit.computeIfAbsent(e.split(), s -> new ArrayList<>()).add(e);
    }
    String deidVersion = latest.select("deid_version").distinct().collectAsList().stream()
        .map(r -> r.getString(0)).sorted().collect(Collectors.joining(" | "));
    SortedMap<String, Double> fractionMap = new TreeMap<>();
    for (Split split : Split.values()) {
      fractionMap.put(split.label(), fractions.of(split));
    }
    SortedMap<String, String> parameters = new TreeMap<>();
    parameters.put("templates", InstructionTemplates.VERSION);
    parameters.put("include_context", Boolean.toString(includeContext));
    parameters.put("filter", filter.toString());
    ExportRequest request = new ExportRequest(DATASET_NAME, builderVersion(), parameters,
        new TreeMap<>(Map.of(Lakehouse.SILVER_REPORTS, silverVersion)),
        new TreeMap<String, Iterable<ExportExample>>(bySplit), rejectsByReason,
        deidVersion.isEmpty() ? "none" : deidVersion, tokenCounter.description(), seed, fractionMap,
        List.of(ExportFormat.ALPACA, ExportFormat.CHAT));
    try {
      return DatasetExporter.export(output, request);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the dataset export to " + output, e);
    }
  }

  /** The jar's version when packaged; "dev" from a build tree (so reruns there still give the same bytes). */
  static String builderVersion() {
    String v = BuildDatasetStep.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
