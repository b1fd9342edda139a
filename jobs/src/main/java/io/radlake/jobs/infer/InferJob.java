package io.radlake.jobs.infer;

import io.radlake.infer.Decoding;
import io.radlake.infer.DeviceRequest;
import io.radlake.infer.GenerationConfig;
import io.radlake.infer.baseline.Baseline;
import io.radlake.jobs.LakehouseOption;
import io.radlake.jobs.RunIdOption;
import io.radlake.spark.Lakehouse;
import io.radlake.spark.OptionResolver;
import io.radlake.spark.RadlakeOptions;
import io.radlake.spark.RadlakeSession;
import io.radlake.spark.RunMetrics;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code radlake infer}: gold.instruct_pairs (one split) -> gold.predictions, with a DJL model and/or baselines. */
@Command(
    name = "infer",
    mixinStandardHelpOptions = true,
    description = {
      "Generates an impression for every example of one split of gold.instruct_pairs with a TorchScript model (DJL,"
          + " PyTorch engine, on the executors: one model load per executor JVM, one predictor per task, rows in"
          + " batches, the GPU Spark assigned to the task or the CPU) and/or built-in baselines (copy-findings,"
          + " first-sentence, abnormal-sentences, constant), and appends them to gold.predictions in one commit.",
      "The model folder holds model.pt (TorchScript), tokenizer.json and radlake-model.json; it is read offline"
          + " (DJL_OFFLINE=true) from a local path, a name shipped with --archives, or a Hadoop URI copied to each"
          + " executor once.",
      "Exit codes: 0 ok, 1 failed, 2 bad options or a missing/broken model."
    })
public final class InferJob implements Callable<Integer> {
  @Option(names = "--model", paramLabel = "DIR|URI",
      description = "Model folder: a local path, a name shipped with --archives (e.g. model), or hdfs:// s3a:// ...")
  String model;

  @Option(names = "--baselines", paramLabel = "NAMES", split = ",",
      description = "Baselines to run as well: copy-findings, first-sentence, abnormal-sentences, constant, or all.")
  List<String> baselines;

  @Option(names = "--split", paramLabel = "SPLIT", defaultValue = "test",
      description = "train, validation or test. Default: ${DEFAULT-VALUE}.")
  String split;

  @Option(names = "--batch-size", paramLabel = "N",
      description = "Rows per model call. Default: " + GenerationConfig.DEFAULT_BATCH_SIZE + ".")
  Integer batchSize;

  @Option(names = "--max-new-tokens", paramLabel = "N",
      description = "Most tokens generated per example. Default: " + GenerationConfig.DEFAULT_MAX_NEW_TOKENS + ".")
  Integer maxNewTokens;

  @Option(names = "--decoding", paramLabel = "MODE", defaultValue = "greedy",
      description = "greedy or beam. Default: ${DEFAULT-VALUE}.")
  String decoding;

  @Option(names = "--beam-size", paramLabel = "N", defaultValue = "" + GenerationConfig.DEFAULT_BEAM_SIZE,
      description = "Hypotheses per example with --decoding beam. Default: ${DEFAULT-VALUE}.")
  int beamSize;

  @Option(names = "--stop", paramLabel = "TEXT",
      description = "Stop generating at this text (cut before it); repeatable. \\n is a newline.")
  List<String> stops = List.of();

  @Option(names = "--device", paramLabel = "DEVICE",
      description = "auto (the task's GPU, else CPU), cpu or gpu (fail without a GPU). Default: auto.")
  String device;

  @Option(names = "--limit", paramLabel = "N", description = "Only the first N examples by example key.")
  Integer limit;

  @Option(names = "--partitions", paramLabel = "N",
      description = "Tasks per model (default: Spark's default parallelism).")
  Integer partitions;

  @Mixin RunIdOption runIdOption = new RunIdOption();

  @Mixin LakehouseOption lakehouseOption = new LakehouseOption();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    List<Baseline> chosen = baselines(baselines);
    SparkSession spark = RadlakeSession.getOrCreate("radlake infer");
    OptionResolver resolver = OptionResolver.of(spark, Map.of());
    GenerationConfig config = new GenerationConfig(
        decoding(decoding), beamSize,
        (int) resolver.resolveLong(RadlakeOptions.INFER_MAX_NEW_TOKENS,
            maxNewTokens == null ? null : maxNewTokens.longValue(), GenerationConfig.DEFAULT_MAX_NEW_TOKENS),
        stops.stream().map(s -> s.replace("\\n", "\n")).toList(),
        (int) resolver.resolveLong(RadlakeOptions.INFER_BATCH_SIZE,
            batchSize == null ? null : batchSize.longValue(), GenerationConfig.DEFAULT_BATCH_SIZE));
    Lakehouse lakehouse = lakehouseOption.resolve(resolver);
    InferResult result = new InferStep(spark).lakehouse(lakehouse).runId(runIdOption.resolve(InferStep.JOB))
        .model(resolver.resolve(RadlakeOptions.INFER_MODEL, model, null)).baselines(chosen).split(split)
        .config(config).device(deviceRequest(resolver.resolve(RadlakeOptions.INFER_DEVICE, device, "auto")))
        .limit(limit).partitions(partitions).execute();
    RunMetrics.append(spark, lakehouse, result.step());
    print(spec.commandLine().getOut(), result);
    return 0;
  }

  static List<Baseline> baselines(List<String> names) {
    if (names == null) {
      return List.of();
    }
    if (names.size() == 1 && names.get(0).strip().equals("all")) {
      return List.of(Baseline.values());
    }
    return names.stream().map(Baseline::of).distinct().toList();
  }

  static Decoding decoding(String value) {
    try {
      return Decoding.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--decoding must be greedy or beam, got: " + value);
    }
  }

  static DeviceRequest deviceRequest(String value) {
    try {
      return DeviceRequest.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--device must be auto, cpu or gpu, got: " + value);
    }
  }

  /** The summary line and one line per model. Counts and timings only. */
  public static void print(PrintWriter out, InferResult r) {
    var s = r.step();
    out.printf("infer %s: %d %s examples of build %s x %d model(s) -> %d rows in %s, in %.1f s%n", s.runId(),
        s.rowsIn(), s.details().get("split"), r.buildRunId(), r.models().size(), s.rowsOut(), Lakehouse.PREDICTIONS,
        s.duration().toMillis() / 1000.0);
    for (InferResult.ModelSummary m : r.models()) {
      out.printf("  %-28s %6d rows  %7d tokens out  %4d truncated  %8.2f ms/row  on %s%n", m.modelId(), m.rows(),
          m.outputTokens(), m.truncated(), m.meanLatencyMs(), m.devices());
    }
    out.flush();
  }
}
