package io.radlake.jobs.eval;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.map_keys;
import static org.apache.spark.sql.functions.row_number;

import io.delta.tables.DeltaTable;
import io.radlake.eval.report.ReportContext;
import io.radlake.eval.report.ReportFiles;
import io.radlake.eval.rouge.BootstrapAggregator;
import io.radlake.eval.slices.SlicePlan;
import io.radlake.eval.slices.SuppressionPolicy;
import io.radlake.eval.spark.RougeScoringPartition;
import io.radlake.eval.summary.EvaluationSummarizer;
import io.radlake.eval.summary.EvaluationSummary;
import io.radlake.eval.summary.ModelInfo;
import io.radlake.eval.summary.ScoredExample;
import io.radlake.eval.summary.StudyClass;
import io.radlake.spark.Lakehouse;
import io.radlake.spark.SparkSteps;
import io.radlake.spark.StepResult;
import io.radlake.spark.TableWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scores one {@code radlake infer} run: every model's {@code gold.predictions} rows against the reference impressions
 * ({@code output}) of the {@code gold.instruct_pairs} build the run read (found by time travel when a later build
 * replaced it), with slice attributes from the {@code silver.reports_deid} version that build read.
 *
 * <ol>
 *   <li>Executors: per (model, example) ROUGE-1/2/L/Lsum with the pure-Java {@code RougeScorer}
 *       ({@link RougeScoringPartition}, a mapPartitions); only numbers and slice attribute values come back.</li>
 *   <li>Driver: the per-example scores (about 150 bytes per model and example: a million model-example pairs is
 *       about 150 MB of driver heap) go through {@link EvaluationSummarizer}: corpus means with rouge-score's bootstrap
 *       intervals, paired differences to the reference model, slices with small-group suppression.</li>
 *   <li>Writes {@code gold.rouge_scores} (per model and example, from the executors' scores, which stay persisted
 *       until then), {@code gold.rouge_corpus} and {@code gold.rouge_slices} (insert-only merges on their keys,
 *       contract checked, one commit each), then the HTML report with its PNG charts and metrics.json, published
 *       atomically into the report folder.</li>
 * </ol>
 * Models are compared on the same examples: a model that lacks an example another model of the run predicted
 * leaves that example out for every model (counted in the notes).
 *
 * <p>Shuffles: the latest silver row per report (a window on report_key), the joins of the predictions with the
 * pairs and silver, and a count per example_key for gold.rouge_scores; the summary after the collect of the scores
 * runs on the driver. Needs no GPU.
 */
public final class EvaluateStep {
  public static final String JOB = "evaluate";
  /** Slice attributes by default: sex, age band, modality, body part, site, and normal / abnormal study. */
  public static final List<String> DEFAULT_SLICES =
      Stream.concat(SlicePlan.DEFAULT_ATTRIBUTES.stream(), Stream.of(StudyClass.ATTRIBUTE)).toList();
  public static final List<List<String>> DEFAULT_SLICE_PAIRS = SlicePlan.DEFAULT_PAIRS;
  private static final Logger LOG = LoggerFactory.getLogger(EvaluateStep.class);

  private final SparkSession spark;
  private Lakehouse lakehouse;
  private String runId;
  private String predictionsRunId;
  private List<String> models = List.of();
  private String referenceModel;
  private String split;
  private boolean useStemmer = true;
  private int bootstrapSamples = BootstrapAggregator.DEFAULT_SAMPLES;
  private double confidence = BootstrapAggregator.DEFAULT_CONFIDENCE;
  private long seed = 42;
  private int minGroupSize = SuppressionPolicy.DEFAULT_MIN_GROUP_SIZE;
  private List<String> slices = DEFAULT_SLICES;
  private List<List<String>> slicePairs = DEFAULT_SLICE_PAIRS;
  private Path reportDir;

  public EvaluateStep(SparkSession spark) {
    this.spark = spark;
  }

  public EvaluateStep lakehouse(Lakehouse lakehouse) {
    this.lakehouse = lakehouse;
    return this;
  }

  /** This evaluation's own run id (the rows it writes carry it). */
  public EvaluateStep runId(String runId) {
    this.runId = runId;
    return this;
  }

  /** The radlake infer run to score; null (default) for the latest run in gold.predictions. */
  public EvaluateStep predictionsRunId(String predictionsRunId) {
    this.predictionsRunId = predictionsRunId;
    return this;
  }

  /** The models of the run to score; empty (default) for all of them. */
  public EvaluateStep models(List<String> models) {
    this.models = List.copyOf(models);
    return this;
  }

  /** The model paired differences are taken against; null (default) for the first baseline (else the first model). */
  public EvaluateStep referenceModel(String referenceModel) {
    this.referenceModel = referenceModel;
    return this;
  }

  /** Only the examples of this split; null (default) for every row of the run. */
  public EvaluateStep split(String split) {
    this.split = split;
    return this;
  }

  /** Porter-stem tokens as rouge-score's use_stemmer. Default true. */
  public EvaluateStep useStemmer(boolean useStemmer) {
    this.useStemmer = useStemmer;
    return this;
  }

  public EvaluateStep bootstrapSamples(int bootstrapSamples) {
    this.bootstrapSamples = bootstrapSamples;
    return this;
  }

  public EvaluateStep confidence(double confidence) {
    this.confidence = confidence;
    return this;
  }

  /** Bootstrap seed, in [0, 2^32 - 1]. Default 42. */
  public EvaluateStep seed(long seed) {
    this.seed = seed;
    return this;
  }

  /** Slice groups smaller than this are suppressed (with their complements). Default 20. */
  public EvaluateStep minGroupSize(int minGroupSize) {
    this.minGroupSize = minGroupSize;
    return this;
  }

  /** One-way slice attributes. Default {@link #DEFAULT_SLICES}. */
  public EvaluateStep slices(List<String> slices) {
    this.slices = List.copyOf(slices);
    return this;
  }

  /** Two-way slices, each two of the one-way attributes. Default modality x patient_sex. */
  public EvaluateStep slicePairs(List<List<String>> slicePairs) {
    this.slicePairs = List.copyOf(slicePairs);
    return this;
  }

  /** The report folder (replaced atomically); null (default) for LAKEHOUSE/reports/evaluate/RUN_ID. */
  public EvaluateStep reportDir(Path reportDir) {
    this.reportDir = reportDir;
    return this;
  }

  public EvaluateResult execute() {
    if (lakehouse == null || runId == null) {
      throw new IllegalStateException("EvaluateStep needs lakehouse(...) and runId(...) before execute()");
    }
    // Settings are checked before any Spark work.
    SlicePlan plan = SlicePlan.of(slices, slicePairs);
    SuppressionPolicy policy = new SuppressionPolicy(minGroupSize);
    EvaluationSummarizer summarizer = new EvaluationSummarizer(plan, policy, bootstrapSamples, confidence, seed);
    Path folder = reportDir != null ? reportDir : defaultReportDir(lakehouse, runId);
    Instant started = Instant.now();
    return SparkSteps.named(spark, JOB, runId, "score predictions with ROUGE",
        () -> run(plan, summarizer, folder, started));
  }

  /** LAKEHOUSE/reports/evaluate/RUN_ID for a local lakehouse; a remote one needs an explicit report folder. */
  static Path defaultReportDir(Lakehouse lakehouse, String runId) {
    String root = lakehouse.root();
    Path base;
    if (root.startsWith("file:")) {
      base = Path.of(URI.create(root));
    } else if (root.contains(":/")) {
      throw new IllegalArgumentException("--report-dir is needed when the lakehouse is not a local folder (got "
          + root + "): the report is published with local file renames");
    } else {
      base = Path.of(root);
    }
    return base.resolve("reports").resolve(JOB).resolve(runId);
  }

  private EvaluateResult run(SlicePlan plan, EvaluationSummarizer summarizer, Path folder, Instant started) {
    String predictionsPath = existing(Lakehouse.PREDICTIONS, "run radlake infer first");
    String pairsPath = existing(Lakehouse.INSTRUCT_PAIRS, "run radlake build-dataset and radlake infer first");
    String silverPath = existing(Lakehouse.SILVER_REPORTS, "run radlake deidentify first");
    long predictionsVersion = DeltaSnapshots.latestVersion(spark, predictionsPath);
    Dataset<Row> predictions = DeltaSnapshots.read(spark, predictionsPath, predictionsVersion);

    SparkSteps.describe(spark, JOB, "find the predictions run, its models and its dataset build");
    PredictionsRun run = PredictionsRun.of(predictions, predictionsRunId, models, split);
    List<ModelInfo> modelInfos = run.models();
    String reference = referenceModel != null ? referenceModel : defaultReference(modelInfos);
    if (modelInfos.stream().noneMatch(m -> m.modelId().equals(reference))) {
      throw new IllegalArgumentException("--reference-model must be one of the evaluated models "
          + modelInfos.stream().map(ModelInfo::modelId).toList() + ", got: " + reference);
    }
    List<String> notes = new ArrayList<>();
    BuildSnapshot build = BuildSnapshot.locate(spark, pairsPath, run.buildRunId());
    if (!build.note().isEmpty()) {
      notes.add(build.note());
    }
    long silverVersion = build.silverVersion();
    if (!DeltaSnapshots.readable(spark, silverPath, silverVersion)) {
      silverVersion = DeltaSnapshots.latestVersion(spark, silverPath);
      notes.add(Lakehouse.SILVER_REPORTS + " version " + build.silverVersion() + " (read by the build) can no"
          + " longer be read (vacuumed, e.g. by radlake purge); slice attributes were read from version "
          + silverVersion);
    }

    SparkSteps.describe(spark, JOB, "join predictions with references and slice attributes");
    Dataset<Row> pairs = DeltaSnapshots.read(spark, pairsPath, build.version())
        .filter(col("build_run_id").equalTo(run.buildRunId()));
    Dataset<Row> silver = DeltaSnapshots.read(spark, silverPath, silverVersion)
        .withColumn("_latest", row_number().over(
            Window.partitionBy("report_key").orderBy(col("report_version").desc())))
        .filter(col("_latest").equalTo(1))
        .select(col("report_key"), col("patient_sex"), col("age_band"), col("site_id"),
            col(SliceSources.SILVER_ATTRIBUTES));
    Dataset<Row> examples = run.rows()
        .select(col("model_id"), col("example_key"), col(RougeScoringPartition.PREDICTION))
        .join(pairs.select(col("example_key"), col("output").as(RougeScoringPartition.REFERENCE),
            col("source_report_key"), col("modality"), col("body_part"), col("split"), col("template_id")),
            "example_key")
        .join(silver, col("source_report_key").equalTo(col("report_key")), "left");
    Set<String> attributeKeys = new TreeSet<>();
    if (plan.attributes().stream().anyMatch(a -> !SliceSources.PAIRS_COLUMNS.contains(a)
        && !SliceSources.SILVER_COLUMNS.contains(a) && !a.equals(StudyClass.ATTRIBUTE))) {
      for (Row r : DeltaSnapshots.read(spark, silverPath, silverVersion)
          .select(explode(map_keys(col(SliceSources.SILVER_ATTRIBUTES)))).distinct().collectAsList()) {
        attributeKeys.add(r.getString(0));
      }
    }

    SparkSteps.describe(spark, JOB, "score every prediction with ROUGE on the executors");
    List<String> passThrough = new ArrayList<>(plan.attributes());
    RougeExampleRows.ATTRIBUTES.stream().filter(a -> !passThrough.contains(a)).forEach(passThrough::add);
    Map<String, Column> attributeColumns = SliceSources.columns(passThrough, attributeKeys);
    List<Column> input = new ArrayList<>(List.of(col("model_id"), col("example_key"),
        col(RougeScoringPartition.REFERENCE), col(RougeScoringPartition.PREDICTION)));
    input.addAll(attributeColumns.values());
    RougeScoringPartition scoring = new RougeScoringPartition(useStemmer, List.copyOf(attributeColumns.keySet()));
    // Persisted: collected for the summary here, then written to gold.rouge_scores from the executors.
    Dataset<Row> scoredRows = examples.select(input.toArray(Column[]::new))
        .mapPartitions(scoring, Encoders.row(scoring.outputSchema())).persist(StorageLevel.MEMORY_AND_DISK());
    Map<String, Long> versions = new LinkedHashMap<>();
    versions.put(Lakehouse.PREDICTIONS, predictionsVersion);
    versions.put(Lakehouse.INSTRUCT_PAIRS, build.version());
    versions.put(Lakehouse.SILVER_REPORTS, silverVersion);
    try {
      return summarizeAndWrite(new Inputs(run, versions, reference, notes), summarizer, folder, started, scoring,
          scoredRows);
    } finally {
      scoredRows.unpersist();
    }
  }

  /** What was read: the predictions run, table -> Delta version, the reference model, notes so far (added to). */
  private record Inputs(PredictionsRun run, Map<String, Long> versions, String reference, List<String> notes) {}

  private EvaluateResult summarizeAndWrite(Inputs inputs, EvaluationSummarizer summarizer, Path folder,
      Instant started, RougeScoringPartition scoring, Dataset<Row> scoredRows) {
    PredictionsRun run = inputs.run();
    List<String> notes = inputs.notes();
    Map<String, Long> versions = inputs.versions();
    String reference = inputs.reference();
    List<ModelInfo> modelInfos = run.models();
    List<ScoredExample> scored = new ArrayList<>();
    for (Row r : scoredRows.collectAsList()) {
      scored.add(scoring.toScoredExample(r));
    }
    long withoutPair = run.rowCount() - scored.size();
    if (withoutPair > 0) {
      notes.add(withoutPair + " prediction rows name an example that build " + run.buildRunId() + " no longer holds"
          + " (deleted by radlake purge?); they were left out");
    }
    scored = commonExamples(scored, modelInfos.size(), notes);
    if (scored.isEmpty()) {
      throw new IllegalArgumentException("no prediction of run " + run.runId() + " has a reference in build "
          + run.buildRunId() + "; nothing to score");
    }

    SparkSteps.describe(spark, JOB, "aggregate, bootstrap and slice on the driver");
    EvaluationSummary summary = summarizer.summarize(modelInfos, reference, scored);
    ReportContext context = new ReportContext(runId, run.runId(), run.buildRunId(), run.splits(), versions, notes,
        useStemmer, bootstrapSamples, confidence, seed, started, radlakeVersion());

    SparkSteps.describe(spark, JOB, "write " + Lakehouse.ROUGE_SCORES + ", " + Lakehouse.ROUGE_CORPUS + " and "
        + Lakehouse.ROUGE_SLICES);
    TableWriter writer = new TableWriter(spark, lakehouse);
    RougeTableRows rows = new RougeTableRows(context, summary);
    long exampleRows = inserted(writer.mergeNew(Lakehouse.ROUGE_SCORES,
        RougeExampleRows.of(scoredRows, context, modelInfos.size()), List.of("run_id", "model_id", "example_key")));
    long corpusRows = inserted(writer.mergeNew(Lakehouse.ROUGE_CORPUS, rows.corpus(spark),
        List.of("run_id", "model_id", "rouge_type")));
    long sliceRows = inserted(writer.mergeNew(Lakehouse.ROUGE_SLICES, rows.slices(spark),
        List.of("run_id", "model_id", "slice_group", "rouge_type")));
    Path reportFile;
    try {
      reportFile = ReportFiles.publish(folder, context, summary);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the evaluation report to " + folder, e);
    }

    Map<String, String> details = new TreeMap<>();
    details.put("predictions_run_id", run.runId());
    details.put("build_run_id", run.buildRunId());
    versions.forEach((table, version) -> details.put("version." + table, Long.toString(version)));
    details.put("models", String.join(",", modelInfos.stream().map(ModelInfo::modelId).toList()));
    details.put("reference_model", reference);
    details.put("examples", Integer.toString(summary.examples()));
    details.put("suppressed_groups", Long.toString(summary.slices().stream()
        .filter(s -> s.modelId().equals(reference) && s.result().suppressed()).count()));
    details.put("min_group_size", Integer.toString(summary.minGroupSize()));
    details.put("use_stemmer", Boolean.toString(useStemmer));
    details.put("bootstrap_samples", Integer.toString(bootstrapSamples));
    details.put("confidence", Double.toString(confidence));
    details.put("seed", Long.toString(seed));
    details.put("report", reportFile.toString());
    long written = exampleRows + corpusRows + sliceRows;
    StepResult step = new StepResult(runId, JOB, "score", started, Instant.now(), run.rowCount(), written,
        scored.size() + rows.corpusRowCount() + rows.sliceRowCount() - written, 0, StepResult.SUCCEEDED, details);
    LOG.info("{}; predictions run {}, build {}, {} examples x {} models, report {}", step.summary(), run.runId(),
        run.buildRunId(), summary.examples(), modelInfos.size(), reportFile);
    return new EvaluateResult(step, run.runId(), run.buildRunId(), run.splits(), versions, notes, summary,
        reportFile);
  }

  private String existing(String table, String remedy) {
    String path = lakehouse.tablePath(table);
    if (!DeltaTable.isDeltaTable(spark, path)) {
      throw new IllegalArgumentException(table + " does not exist at " + path + ": " + remedy);
    }
    return path;
  }

  /** The first baseline (models are ordered models first, then baselines), else the first model. */
  static String defaultReference(List<ModelInfo> models) {
    return models.stream().filter(ModelInfo::isBaseline).findFirst().orElse(models.get(0)).modelId();
  }

  /** Keeps the examples every model was scored on (on the driver); notes how many that left out. */
  static List<ScoredExample> commonExamples(List<ScoredExample> scored, int modelCount, List<String> notes) {
    Map<String, Integer> models = new HashMap<>();
    scored.forEach(e -> models.merge(e.exampleKey(), 1, Integer::sum));
    long partial = models.values().stream().filter(n -> n < modelCount).count();
    if (partial == 0) {
      return scored;
    }
    notes.add(partial + " examples were predicted by only some of the models; they were left out so that every"
        + " model is scored on the same examples");
    return scored.stream().filter(e -> models.get(e.exampleKey()) == modelCount).toList();
  }

  private static long inserted(Map<String, String> commitMetrics) {
    return Long.parseLong(commitMetrics.getOrDefault("numTargetRowsInserted", "0"));
  }

  /** The jar's version when packaged; "dev" from a build tree. */
  static String radlakeVersion() {
    String v = EvaluateStep.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

}
