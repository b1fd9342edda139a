package io.radlake.jobs.dataset;

import io.radlake.dataset.ExampleFilter;
import io.radlake.dataset.SplitFractions;
import io.radlake.dataset.export.HuggingFaceTokenCounter;
import io.radlake.dataset.export.TokenCounter;
import io.radlake.dataset.export.WhitespaceTokenCounter;
import io.radlake.jobs.LakehouseOption;
import io.radlake.jobs.RunIdOption;
import io.radlake.spark.Lakehouse;
import io.radlake.spark.OptionResolver;
import io.radlake.spark.RadlakeSession;
import io.radlake.spark.RunMetrics;
import io.radlake.spark.StepResult;
import io.radlake.spark.TimeTravel;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code radlake build-dataset}: silver.reports_deid -> gold.instruct_pairs + gold.dataset_rejects + JSONL export. */
@Command(
    name = "build-dataset",
    mixinStandardHelpOptions = true,
    description = {
      "Builds the instruction-tuning dataset (instruction + findings -> impression) from the latest version of each"
          + " silver.reports_deid report (in the table's latest Delta version, or the one --silver-version or"
          + " --silver-timestamp chooses): filters reports without findings or impression, duplicates, placeholder,"
          + " non-English or copied impressions and examples outside the token limits (the reasons go to"
          + " gold.dataset_rejects), chooses a phrasing per example from the seed, and splits patients into"
          + " train / validation / test, stratified by their majority modality, so no patient is in two splits.",
      "Replaces gold.instruct_pairs and gold.dataset_rejects (a build is a snapshot of one silver version), then"
          + " writes --output: <split>.alpaca.jsonl and <split>.chat.jsonl per split, README.md (dataset card) and"
          + " manifest.json (file hashes, parameters, silver version), replaced atomically. The same silver version"
          + " and options give the same bytes.",
      "Exit codes: 0 ok, 1 failed, 2 bad options."
    })
public final class BuildDatasetJob implements Callable<Integer> {
  @Option(names = "--output", paramLabel = "DIR", required = true,
      description = "Export folder (replaced whole, atomically).")
  Path output;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
      description = "Seed of the template choice and the split. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(names = "--train", paramLabel = "F", defaultValue = "0.8",
      description = "Share of patients in train. Default: ${DEFAULT-VALUE}.")
  double train;

  @Option(names = "--validation", paramLabel = "F", defaultValue = "0.1",
      description = "Share of patients in validation. Default: ${DEFAULT-VALUE}.")
  double validation;

  @Option(names = "--test", paramLabel = "F", defaultValue = "0.1",
      description = "Share of patients in test; the three must sum to 1. Default: ${DEFAULT-VALUE}.")
  double test;

  @Option(names = "--include-context",
      description = "Put the indication and comparison lines before the findings in the input.")
  boolean includeContext;

  @Option(names = "--tokenizer", paramLabel = "PATH",
      description = "A local HuggingFace tokenizer.json to count tokens with (needs DJL_OFFLINE=true; the path"
          + " must be readable on every executor). Default: whitespace-separated tokens.")
  Path tokenizer;

  @Option(names = "--min-input-tokens", paramLabel = "N",
      defaultValue = "" + ExampleFilter.DEFAULT_MIN_INPUT_TOKENS,
      description = "Fewest input tokens. Default: ${DEFAULT-VALUE}.")
  int minInputTokens;

  @Option(names = "--max-input-tokens", paramLabel = "N",
      defaultValue = "" + ExampleFilter.DEFAULT_MAX_INPUT_TOKENS,
      description = "Most input tokens. Default: ${DEFAULT-VALUE}.")
  int maxInputTokens;

  @Option(names = "--min-output-tokens", paramLabel = "N",
      defaultValue = "" + ExampleFilter.DEFAULT_MIN_OUTPUT_TOKENS,
      description = "Fewest output (impression) tokens. Default: ${DEFAULT-VALUE}.")
  int minOutputTokens;

  @Option(names = "--max-output-tokens", paramLabel = "N",
      defaultValue = "" + ExampleFilter.DEFAULT_MAX_OUTPUT_TOKENS,
      description = "Most output (impression) tokens. Default: ${DEFAULT-VALUE}.")
  int maxOutputTokens;

  @Option(names = "--silver-version", paramLabel = "N",
      description = "Read this Delta version of silver.reports_deid (time travel), e.g. the one a manifest's"
          + " source_table_versions names, to rebuild that dataset. Default: the latest version.")
  Long silverVersion;

  @Option(names = "--silver-timestamp", paramLabel = "TIME",
      description = "Read the last version of silver.reports_deid committed at or before TIME (ISO-8601 with a zone,"
          + " e.g. 2026-11-23T14:59:56Z); the manifest records the version this gives. Not with --silver-version.")
  String silverTimestamp;

  @Mixin RunIdOption runIdOption = new RunIdOption();

  @Mixin LakehouseOption lakehouseOption = new LakehouseOption();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    // Options are checked before Spark starts: a typo should not cost a session start-up.
    SplitFractions fractions = new SplitFractions(train, validation, test);
    ExampleFilter filter = ExampleFilter.defaults()
        .withTokenLimits(minInputTokens, maxInputTokens, minOutputTokens, maxOutputTokens);
    TimeTravel silverAsOf =
        TimeTravel.fromOptions(silverVersion, "--silver-version", silverTimestamp, "--silver-timestamp");
    TokenCounter counter = tokenizer == null ? new WhitespaceTokenCounter() : HuggingFaceTokenCounter.load(tokenizer);
    SparkSession spark = RadlakeSession.getOrCreate("radlake build-dataset");
    Lakehouse lakehouse = lakehouseOption.resolve(OptionResolver.of(spark, Map.of()));
    BuildDatasetResult result = new BuildDatasetStep(spark).lakehouse(lakehouse)
        .runId(runIdOption.resolve(BuildDatasetStep.JOB)).seed(seed).fractions(fractions)
        .includeContext(includeContext).filter(filter).tokenCounter(counter).silverAsOf(silverAsOf).output(output)
        .execute();
    RunMetrics.append(spark, lakehouse, result.step());
    print(spec.commandLine().getOut(), result, output);
    return 0;
  }

  /** The summary line, examples per split and modality, and rejects per reason. Counts only. */
  public static void print(PrintWriter out, BuildDatasetResult r, Path output) {
    StepResult s = r.step();
    out.printf("build-dataset %s: %d reports read (%s version %d), %d examples -> %s, %d rejected -> %s,"
            + " in %.1f s%n", s.runId(), s.rowsIn(), Lakehouse.SILVER_REPORTS, r.silverVersion(), r.examples(),
        Lakehouse.INSTRUCT_PAIRS, r.rejects(), Lakehouse.DATASET_REJECTS, s.duration().toMillis() / 1000.0);
    r.examplesBySplit().forEach((split, byModality) -> {
      out.printf("  %-10s %6d", split, r.examples(split));
      byModality.forEach((modality, n) -> out.printf("  %s %d", modality, n));
      out.println();
    });
    r.rejectsByReason().forEach((reason, n) -> out.printf("  rejected %-28s %d%n", reason, n));
    if (output != null) {
      out.printf("  export: %s%n", output);
    }
    out.flush();
  }
}
