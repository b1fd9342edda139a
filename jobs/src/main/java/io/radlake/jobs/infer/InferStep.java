package io.radlake.jobs.infer;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.trim;

import io.delta.tables.DeltaTable;
import io.radlake.contract.DataContractLoader;
import io.radlake.eval.slices.ConstantBaseline;
import io.radlake.infer.DeviceRequest;
import io.radlake.infer.GenerationConfig;
import io.radlake.infer.baseline.Baseline;
import io.radlake.spark.Lakehouse;
import io.radlake.spark.SparkSteps;
import io.radlake.spark.StepResult;
import io.radlake.spark.TableWriter;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generates an impression for every example of one split of {@code gold.instruct_pairs} with a TorchScript model
 * (DJL, on the executors) and/or the built-in baselines, and appends them to {@code gold.predictions} in one commit.
 *
 * <p>Execution: the examples are repartitioned by example key ({@link #partitions}; a shuffle) and sorted by input
 * length within each partition so that a batch holds prompts of similar length (less padding). Each task opens
 * the model once ({@link PredictionPartition}): the model itself is loaded once per executor JVM and device, the
 * task gets its own predictor. With {@code spark.task.resource.gpu.amount} set, each task runs on the GPU Spark
 * assigned to it; otherwise on the CPU. The predictions are persisted (memory and disk) between the contract check
 * and the write, so the model runs once per example.
 *
 * <p>A missing or broken model fails on the driver before any task starts.
 */
public final class InferStep {
  public static final String JOB = "infer";
  private static final Logger LOG = LoggerFactory.getLogger(InferStep.class);

  private final SparkSession spark;
  private Lakehouse lakehouse;
  private String runId;
  private String model;
  private List<Baseline> baselines = List.of();
  private String split = "test";
  private GenerationConfig config = GenerationConfig.greedy(GenerationConfig.DEFAULT_MAX_NEW_TOKENS);
  private DeviceRequest device = DeviceRequest.AUTO;
  private Integer limit;
  private Integer partitions;

  public InferStep(SparkSession spark) {
    this.spark = spark;
  }

  public InferStep lakehouse(Lakehouse lakehouse) {
    this.lakehouse = lakehouse;
    return this;
  }

  public InferStep runId(String runId) {
    this.runId = runId;
    return this;
  }

  /** A model folder, a name shipped with --archives, or a Hadoop URI ({@link ModelLocation}); null for none. */
  public InferStep model(String model) {
    this.model = model;
    return this;
  }

  public InferStep baselines(List<Baseline> baselines) {
    this.baselines = List.copyOf(baselines);
    return this;
  }

  /** train, validation or test. Default test. */
  public InferStep split(String split) {
    this.split = split;
    return this;
  }

  public InferStep config(GenerationConfig config) {
    this.config = config;
    return this;
  }

  public InferStep device(DeviceRequest device) {
    this.device = device;
    return this;
  }

  /** Only the first {@code limit} examples by example key; null for all. */
  public InferStep limit(Integer limit) {
    this.limit = limit;
    return this;
  }

  /** Tasks per model; default Spark's default parallelism. */
  public InferStep partitions(Integer partitions) {
    this.partitions = partitions;
    return this;
  }

  public InferResult execute() {
    if (lakehouse == null || runId == null) {
      throw new IllegalStateException("InferStep needs lakehouse(...) and runId(...) before execute()");
    }
    if (model == null && baselines.isEmpty()) {
      throw new IllegalArgumentException("nothing to run: give --model and/or --baselines (" + Baseline.names() + ")");
    }
    if (!List.of("train", "validation", "test").contains(split)) {
      throw new IllegalArgumentException("--split must be train, validation or test, got: " + split);
    }
    if (limit != null && limit < 1) {
      throw new IllegalArgumentException("--limit must be >= 1, got: " + limit);
    }
    if (partitions != null && partitions < 1) {
      throw new IllegalArgumentException("--partitions must be >= 1, got: " + partitions);
    }
    Instant started = Instant.now();
    return SparkSteps.named(spark, JOB, runId, "generate impressions", () -> run(started));
  }

  private InferResult run(Instant started) {
    // Checked on the driver, before any task or table change: a missing model is one error, not one per task.
    ModelLocation location = model == null ? null
        : ModelLocation.resolveOnDriver(model, spark.sparkContext().hadoopConfiguration());
    TableWriter writer = new TableWriter(spark, lakehouse);
    String pairsPath = lakehouse.tablePath(Lakehouse.INSTRUCT_PAIRS);
    if (!DeltaTable.isDeltaTable(spark, pairsPath)) {
      throw new IllegalArgumentException(Lakehouse.INSTRUCT_PAIRS + " does not exist under " + lakehouse.root()
          + ": run radlake build-dataset first");
    }
    writer.prepare(Lakehouse.PREDICTIONS);
    long pairsVersion = DeltaTable.forPath(spark, pairsPath).history(1).first().getLong(0);
    Dataset<Row> pairs = spark.read().format("delta").option("versionAsOf", pairsVersion).load(pairsPath);
    Dataset<Row> examples = pairs.filter(col("split").equalTo(split))
        .select("example_key", "split", "build_run_id", "instruction", "input");
    if (limit != null) {
      examples = examples.orderBy("example_key").limit(limit);
    }
    List<Row> builds = examples.select("build_run_id").distinct().limit(2).collectAsList();
    if (builds.isEmpty()) {
      throw new IllegalArgumentException(Lakehouse.INSTRUCT_PAIRS + " (version " + pairsVersion + ") has no "
          + split + " examples: choose another --split or rebuild the dataset");
    }
    String buildRunId = builds.get(0).getString(0);
    int tasks = partitions != null ? partitions : spark.sparkContext().defaultParallelism();
    Dataset<Row> spread = examples.repartition(tasks, col("example_key"))
        .sortWithinPartitions(length(col("input")), col("example_key"));

    List<ModelRef> refs = new ArrayList<>();
    if (location != null) {
      refs.add(ModelRef.torchScript(location.name(), location, config, device));
    }
    String constant = baselines.contains(Baseline.CONSTANT) ? mostFrequentTrainImpression(pairs) : null;
    for (Baseline b : baselines) {
      refs.add(ModelRef.baseline(b, constant, config.batchSize()));
    }

    StructType schema = DataContractLoader.forTable(Lakehouse.PREDICTIONS).toSparkSchema();
    Timestamp createdAt = Timestamp.from(started);
    Dataset<Row> predictions = null;
    for (ModelRef ref : refs) {
      Dataset<Row> one = spread.mapPartitions(new PredictionPartition(ref, runId, createdAt), Encoders.row(schema));
      predictions = predictions == null ? one : predictions.union(one);
    }
    predictions = predictions.persist(StorageLevel.MEMORY_AND_DISK());
    try {
      SparkSteps.describe(spark, JOB, "generate with " + refs.size() + " model(s)");
      long rowsOut = predictions.count();
      SparkSteps.describe(spark, JOB, "append to " + Lakehouse.PREDICTIONS);
      writer.append(Lakehouse.PREDICTIONS, predictions);
      long rowsIn = rowsOut / refs.size();
      List<InferResult.ModelSummary> summaries = summaries(refs);
      Map<String, String> details = new TreeMap<>();
      details.put("build_run_id", buildRunId);
      details.put("instruct_pairs_version", Long.toString(pairsVersion));
      details.put("split", split);
      details.put("models", String.join(",", refs.stream().map(ModelRef::modelId).toList()));
      StepResult step = new StepResult(runId, JOB, "generate", started, Instant.now(), rowsIn, rowsOut, 0, 0,
          StepResult.SUCCEEDED, details);
      LOG.info(step.summary());
      return new InferResult(step, buildRunId, pairsVersion, summaries);
    } finally {
      predictions.unpersist();
    }
  }

  private List<InferResult.ModelSummary> summaries(List<ModelRef> refs) {
    Map<String, Row> byModel = new HashMap<>();
    Dataset<Row> written = spark.read().format("delta").load(lakehouse.tablePath(Lakehouse.PREDICTIONS))
        .filter(col("run_id").equalTo(runId));
    for (Row r : written.groupBy("model_id").agg(
        org.apache.spark.sql.functions.count("*"),
        org.apache.spark.sql.functions.sum("output_tokens"),
        org.apache.spark.sql.functions.sum(col("input_truncated").cast("int")),
        org.apache.spark.sql.functions.avg("latency_ms"),
        org.apache.spark.sql.functions.concat_ws(",", org.apache.spark.sql.functions.array_sort(
            org.apache.spark.sql.functions.collect_set("device")))).collectAsList()) {
      byModel.put(r.getString(0), r);
    }
    List<InferResult.ModelSummary> out = new ArrayList<>();
    for (ModelRef ref : refs) {
      Row r = byModel.get(ref.modelId());
      out.add(new InferResult.ModelSummary(ref.modelId(), ref.kind(), r.getLong(1), r.getLong(2), r.getLong(3),
          r.getDouble(4), r.getString(5)));
    }
    return out;
  }

  /** The constant baseline's text: the most frequent impression of the same build's train split. */
  private String mostFrequentTrainImpression(Dataset<Row> pairs) {
    Map<String, Long> counts = new HashMap<>();
    for (Row r : pairs.filter(col("split").equalTo("train")).groupBy(trim(col("output"))).count().collectAsList()) {
      if (r.getString(0) != null && !r.getString(0).isBlank()) {
        counts.put(r.getString(0), r.getLong(1));
      }
    }
    return counts.isEmpty() ? null : ConstantBaseline.fromCounts(counts).impression();
  }
}
