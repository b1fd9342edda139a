package io.radlake.jobs;

import io.radlake.corpus.CorpusFormat;
import io.radlake.corpus.CorpusSpec;
import io.radlake.corpus.CorpusSummary;
import io.radlake.corpus.CorpusWriter;
import io.radlake.deid.DeidMode;
import io.radlake.deid.DeidSecret;
import io.radlake.deid.spark.DeidJobSettings;
import io.radlake.jobs.dataset.BuildDatasetJob;
import io.radlake.jobs.dataset.BuildDatasetResult;
import io.radlake.jobs.dataset.BuildDatasetStep;
import io.radlake.jobs.eval.EvaluateJob;
import io.radlake.jobs.eval.EvaluateResult;
import io.radlake.jobs.eval.EvaluateStep;
import io.radlake.jobs.infer.InferJob;
import io.radlake.jobs.infer.InferResult;
import io.radlake.jobs.infer.InferStep;
import io.radlake.infer.TinyModel;
import io.radlake.infer.baseline.Baseline;
import io.radlake.jobs.deid.DeidEvalJob;
import io.radlake.jobs.deid.DeidEvalResult;
import io.radlake.jobs.deid.DeidEvalStep;
import io.radlake.jobs.deid.DeidentifyJob;
import io.radlake.jobs.deid.DeidentifyStep;
import io.radlake.jobs.ingest.GroundTruthStep;
import io.radlake.jobs.ingest.IngestResult;
import io.radlake.jobs.ingest.IngestStep;
import io.radlake.spark.Lakehouse;
import io.radlake.spark.OptionResolver;
import io.radlake.spark.RadlakeSession;
import io.radlake.spark.RunMetrics;
import io.radlake.spark.StepResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code radlake demo}: the pipeline end to end on a generated sample corpus, with tables under
 * ./lakehouse. Later jobs (de-identify, dataset, inference, evaluation) add their steps here.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the pipeline on an embedded default: generates a sample corpus (with 1% deliberately broken"
          + " records) under LAKEHOUSE/_landing, ingests it into bronze.reports_raw and bronze.quarantine, loads"
          + " the planted-PHI ground truth into reference.phi_ground_truth, de-identifies it into"
          + " silver.reports_deid and silver.phi_audit with a throw-away secret, scores the de-identification against"
          + " the ground truth into ops.deid_eval, builds the instruction dataset into gold.instruct_pairs and"
          + " gold.dataset_rejects with its JSONL export under LAKEHOUSE/_demo/dataset, generates impressions for"
          + " the test split with the embedded tiny model and the baselines into gold.predictions, scores them"
          + " (ROUGE with bootstrap intervals, bias slices) into gold.rouge_scores (per example), gold.rouge_corpus"
          + " and gold.rouge_slices with an HTML report and PNG charts under LAKEHOUSE/reports/evaluate, and prints a summary of each table, the recall per PHI"
          + " category, the split sizes, the models' runs and their scores.",
      "Rerunning it regenerates the same corpus; ingest and de-identification add nothing (they are idempotent;"
          + " the demo's random secret is kept in LAKEHOUSE/_demo/deid-secret for that), the dataset is rebuilt and"
          + " inference appends a run for the new build."
    })
public final class DemoJob implements Callable<Integer> {
  @Option(names = "--reports", paramLabel = "N", defaultValue = "2000",
      description = "Sample corpus size. Default: ${DEFAULT-VALUE}.")
  int reports;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Corpus seed. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
      description = "Landing format: csv, jsonl, parquet or text. Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(names = "--broken-fraction", paramLabel = "F", defaultValue = "0.01",
      description = "Fraction of deliberately broken records. Default: ${DEFAULT-VALUE}.")
  double brokenFraction;

  @Mixin LakehouseOption lakehouseOption = new LakehouseOption();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    SparkSession spark = RadlakeSession.getOrCreate("radlake demo");
    Lakehouse lakehouse = lakehouseOption.resolve(OptionResolver.of(spark, Map.of()));
    PrintWriter out = spec.commandLine().getOut();
    CorpusFormat corpusFormat = CorpusFormat.parse(format);

    Path landing = Path.of(lakehouse.root(), "_landing", "demo-" + format.toLowerCase() + "-seed" + seed);
    Folders.deleteRecursively(landing);
    CorpusSpec corpus =
        new CorpusSpec(seed, reports, corpusFormat, landing, CorpusSpec.DEFAULT_REPORTS_PER_FILE, brokenFraction, null);
    CorpusSummary generated = new CorpusWriter().write(corpus);

    String runId = RunIds.newRunId("demo");
    IngestResult ingest =
        new IngestStep(spark).inputs(dataFiles(landing, generated)).lakehouse(lakehouse)
            .runId(runId).execute();
    RunMetrics.append(spark, lakehouse, ingest.step());
    StepResult truth =
        new GroundTruthStep(spark).corpus(landing.toAbsolutePath().toString(), seed).lakehouse(lakehouse)
            .runId(runId).execute();
    RunMetrics.append(spark, lakehouse, truth);
    DeidSecret secret = demoSecret(Path.of(lakehouse.root(), "_demo", "deid-secret"));
    StepResult deid =
        new DeidentifyStep(spark)
            .settings(new DeidJobSettings(DeidMode.SURROGATES, List.of(DeidentifyJob.DEFAULT_KEEP_ATTRIBUTES.split(",")),
                secret))
            .lakehouse(lakehouse).runId(runId).execute();
    RunMetrics.append(spark, lakehouse, deid);
    DeidEvalResult eval = new DeidEvalStep(spark).secret(secret).lakehouse(lakehouse).runId(runId).execute();
    RunMetrics.append(spark, lakehouse, eval.step());
    Path datasetFolder = Path.of(lakehouse.root(), "_demo", "dataset");
    BuildDatasetResult dataset = new BuildDatasetStep(spark).lakehouse(lakehouse).runId(runId).seed(seed)
        .output(datasetFolder).execute();
    RunMetrics.append(spark, lakehouse, dataset.step());
    Path model = TinyModel.extractTo(Path.of(lakehouse.root(), "_demo", "models"));
    InferResult inferred = new InferStep(spark).lakehouse(lakehouse).runId(runId).model(model.toString())
        .baselines(List.of(Baseline.values())).split("test").execute();
    RunMetrics.append(spark, lakehouse, inferred.step());
    EvaluateResult evaluated = new EvaluateStep(spark).lakehouse(lakehouse).runId(runId).predictionsRunId(runId)
        .execute();
    RunMetrics.append(spark, lakehouse, evaluated.step());

    out.printf("radlake demo: %d reports (seed %d, %s, %.1f%% broken) -> %s%n", reports, seed,
        format.toLowerCase(), brokenFraction * 100, Path.of(lakehouse.root()).toAbsolutePath().normalize());
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"step", "table", "rows", "quarantined", "time"});
    rows.add(new String[] {"generate", "_landing/" + landing.getFileName(), Long.toString(generated.reportsWritten()),
        "-", seconds(generated.elapsedMillis())});
    rows.add(new String[] {"ingest", Lakehouse.BRONZE_REPORTS, Long.toString(count(spark, lakehouse, Lakehouse.BRONZE_REPORTS)),
        Long.toString(ingest.quarantined()), seconds(ingest.step().duration().toMillis())});
    rows.add(new String[] {"ingest", Lakehouse.QUARANTINE, Long.toString(count(spark, lakehouse, Lakehouse.QUARANTINE)),
        "-", ""});
    rows.add(new String[] {"ground-truth", Lakehouse.PHI_GROUND_TRUTH,
        Long.toString(count(spark, lakehouse, Lakehouse.PHI_GROUND_TRUTH)), "-", seconds(truth.duration().toMillis())});
    rows.add(new String[] {"deidentify", Lakehouse.SILVER_REPORTS,
        Long.toString(count(spark, lakehouse, Lakehouse.SILVER_REPORTS)), Long.toString(deid.rowsQuarantined()),
        seconds(deid.duration().toMillis())});
    rows.add(new String[] {"deidentify", Lakehouse.PHI_AUDIT, Long.toString(count(spark, lakehouse, Lakehouse.PHI_AUDIT)),
        "-", ""});
    rows.add(new String[] {"deid-eval", Lakehouse.DEID_EVAL, Long.toString(count(spark, lakehouse, Lakehouse.DEID_EVAL)),
        "-", seconds(eval.step().duration().toMillis())});
    rows.add(new String[] {"build-dataset", Lakehouse.INSTRUCT_PAIRS, Long.toString(dataset.examples()),
        Long.toString(dataset.rejects()), seconds(dataset.step().duration().toMillis())});
    rows.add(new String[] {"build-dataset", Lakehouse.DATASET_REJECTS, Long.toString(dataset.rejects()), "-", ""});
    rows.add(new String[] {"infer", Lakehouse.PREDICTIONS, Long.toString(inferred.step().rowsOut()), "-",
        seconds(inferred.step().duration().toMillis())});
    rows.add(new String[] {"evaluate", Lakehouse.ROUGE_SCORES, Long.toString(count(spark, lakehouse,
        Lakehouse.ROUGE_SCORES)), "-", seconds(evaluated.step().duration().toMillis())});
    rows.add(new String[] {"evaluate", Lakehouse.ROUGE_CORPUS, Long.toString(count(spark, lakehouse,
        Lakehouse.ROUGE_CORPUS)), "-", ""});
    rows.add(new String[] {"evaluate", Lakehouse.ROUGE_SLICES, Long.toString(count(spark, lakehouse,
        Lakehouse.ROUGE_SLICES)), "-", ""});
    rows.add(new String[] {"metrics", Lakehouse.RUN_METRICS, Long.toString(count(spark, lakehouse, Lakehouse.RUN_METRICS)),
        "-", ""});
    printTable(out, rows);
    out.println(ingest.balanceLine());
    out.printf("de-identified with the demo's throw-away secret (fingerprint %s, generated at random into"
        + " LAKEHOUSE/_demo/deid-secret); real runs read their own from RADLAKE_DEID_SECRET_FILE%n", secret.fingerprint());
    ingest.byReason().forEach((reason, n) -> out.printf("  quarantined %-24s %d%n", reason, n));
    DeidEvalJob.print(out, eval);
    BuildDatasetJob.print(out, dataset, datasetFolder);
    InferJob.print(out, inferred);
    EvaluateJob.print(out, evaluated);
    out.flush();
    return ingest.balanced() ? 0 : 1;
  }

  /**
   * A random secret made once per demo lakehouse and kept beside it, so that a rerun finds the same keys and adds
   * nothing. Only the owner may read it.
   */
  static DeidSecret demoSecret(Path file) {
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(file.getParent());
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        Files.writeString(file, HexFormat.of().formatHex(random), StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the demo secret under " + file.getParent(), e);
    }
    return DeidSecret.fromEnvironment(Map.of(DeidSecret.ENV_SECRET_FILE, file.toString()));
  }

  /** The corpus's data shards (not its ground truth or manifests of broken records). */
  public static List<String> dataFiles(Path corpusDir, CorpusSummary summary) {
    return summary.dataFiles().stream().map(f -> corpusDir.resolve(f).toAbsolutePath().toString()).toList();
  }

  private static long count(SparkSession spark, Lakehouse lakehouse, String table) {
    return spark.read().format("delta").load(lakehouse.tablePath(table)).count();
  }

  private static String seconds(long millis) {
    return String.format("%.1f s", millis / 1000.0);
  }

  static void printTable(PrintWriter out, List<String[]> rows) {
    int[] widths = new int[rows.get(0).length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        // Text columns left-aligned, figures right-aligned.
        String format = i < 2 ? "%-" + widths[i] + "s  " : "%" + widths[i] + "s  ";
        line.append(String.format(format, row[i]));
      }
      out.println(line.toString().stripTrailing());
    }
  }

}
