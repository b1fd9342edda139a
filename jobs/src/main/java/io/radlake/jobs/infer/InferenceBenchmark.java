package io.radlake.jobs.infer;

import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.sum;

import io.radlake.clean.SectionParser;
import io.radlake.corpus.ReportGenerator;
import io.radlake.dataset.InstructionTemplates;
import io.radlake.infer.DeviceRequest;
import io.radlake.infer.Generation;
import io.radlake.infer.GenerationConfig;
import io.radlake.infer.InferenceInput;
import io.radlake.infer.ModelCache;
import io.radlake.infer.ModelFolder;
import io.radlake.infer.TorchGenerator;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * {@code radlake bench infer}: rows/s and generated tokens/s of a model on the CPU for several batch sizes, through
 * radlake's Spark path (one task, {@link PredictionPartition}, as {@code radlake infer} runs it) and through a plain
 * Java loop over {@link TorchGenerator} in the same run on the same inputs, so the difference is the Spark path's
 * per-row overhead. Inputs: the findings of generated reports, with the first standard instruction. Per batch size,
 * one untimed pass over all inputs comes first (libtorch prepares its kernels once per new tensor shape, and
 * decoding meets a new shape at every step), then the direct loop, then the Spark path, on the same inputs.
 */
public final class InferenceBenchmark {

  /** One measurement. */
  public record Measurement(int batchSize, String path, long rows, long outputTokens, double seconds) {
    double rowsPerSecond() {
      return rows / seconds;
    }

    double tokensPerSecond() {
      return outputTokens / seconds;
    }
  }

  /** A table row: batch, path, rows/s, tokens/s, time, the ratio column. */
  public static String[] format(Measurement m, String ratio) {
    return new String[] {Integer.toString(m.batchSize()), m.path(), String.format("%.1f", m.rowsPerSecond()),
        String.format("%.0f", m.tokensPerSecond()), String.format("%.1f s", m.seconds()), ratio};
  }

  private final SparkSession spark;
  private final ModelFolder folder;
  private final int maxNewTokens;

  public InferenceBenchmark(SparkSession spark, ModelFolder folder, int maxNewTokens) {
    this.spark = spark;
    this.folder = folder;
    this.maxNewTokens = maxNewTokens;
  }

  /** Findings of {@code n} generated reports (seed {@code seed}) with the first standard instruction. */
  public static List<InferenceInput> inputs(int n, long seed) {
    ReportGenerator generator = new ReportGenerator(seed);
    SectionParser parser = new SectionParser();
    String instruction = InstructionTemplates.STANDARD.get(0).instruction(null);
    List<InferenceInput> out = new ArrayList<>(n);
    for (long i = 0; out.size() < n; i++) {
      String findings = parser.parse(generator.generate(i).reportText()).findings();
      if (findings != null && !findings.isBlank()) {
        out.add(new InferenceInput(instruction, findings.strip()));
      }
    }
    return out;
  }

  public List<Measurement> run(List<InferenceInput> inputs, int[] batchSizes) {
    List<Measurement> out = new ArrayList<>();
    for (int b : batchSizes) {
      GenerationConfig config = GenerationConfig.greedy(maxNewTokens).withBatchSize(b);
      out.add(direct(inputs, config));
      out.add(spark(inputs, config));
    }
    return out;
  }

  private Measurement direct(List<InferenceInput> inputs, GenerationConfig config) {
    try (TorchGenerator g = new TorchGenerator(ModelCache.acquire(folder, "cpu"), config)) {
      pass(g, inputs, config.batchSize()); // warm-up: libtorch prepares kernels per new tensor shape
      long t0 = System.nanoTime();
      long tokens = pass(g, inputs, config.batchSize());
      return new Measurement(config.batchSize(), "direct DJL loop", inputs.size(), tokens,
          (System.nanoTime() - t0) / 1e9);
    }
  }

  private static long pass(TorchGenerator g, List<InferenceInput> inputs, int batchSize) {
    long tokens = 0;
    for (int i = 0; i < inputs.size(); i += batchSize) {
      for (Generation gen : g.generate(inputs.subList(i, Math.min(inputs.size(), i + batchSize)))) {
        tokens += gen.outputTokens();
      }
    }
    return tokens;
  }

  private Measurement spark(List<InferenceInput> inputs, GenerationConfig config) {
    StructType schema = new StructType().add("example_key", DataTypes.StringType).add("split", DataTypes.StringType)
        .add("build_run_id", DataTypes.StringType).add("instruction", DataTypes.StringType)
        .add("input", DataTypes.StringType);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      rows.add(RowFactory.create(String.format("ex_%08x", i), "test", "bench", inputs.get(i).instruction(),
          inputs.get(i).input()));
    }
    Dataset<Row> df = spark.createDataFrame(rows, schema).coalesce(1);
    ModelRef ref = ModelRef.torchScript(folder.spec().name(), ModelLocation.resolveOnDriver(folder.dir().toString(),
        spark.sparkContext().hadoopConfiguration()), config, DeviceRequest.CPU);
    StructType out = io.radlake.contract.DataContractLoader.forTable(io.radlake.spark.Lakehouse.PREDICTIONS)
        .toSparkSchema();
    PredictionPartition partition = new PredictionPartition(ref, "bench", Timestamp.from(Instant.now()));
    df.limit(1).mapPartitions(partition, Encoders.row(out)).count(); // the Spark job's own first-run costs
    long t0 = System.nanoTime();
    Row r = df.mapPartitions(partition, Encoders.row(out)).agg(count("*"), sum("output_tokens")).first();
    return new Measurement(config.batchSize(), "radlake infer path (Spark, 1 task)", r.getLong(0), r.getLong(1),
        (System.nanoTime() - t0) / 1e9);
  }
}
