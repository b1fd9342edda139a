package io.radlake.jobs.eval;

import io.delta.tables.DeltaTable;
import io.radlake.eval.rouge.AggregateScore;
import io.radlake.eval.rouge.BootstrapAggregator;
import io.radlake.eval.rouge.DifferenceInterval;
import io.radlake.eval.rouge.RougeType;
import io.radlake.eval.slices.SlicePlan;
import io.radlake.eval.slices.SuppressionPolicy;
import io.radlake.eval.summary.ModelScores;
import io.radlake.jobs.LakehouseOption;
import io.radlake.jobs.RunIdOption;
import io.radlake.spark.Lakehouse;
import io.radlake.spark.OptionResolver;
import io.radlake.spark.RadlakeOptions;
import io.radlake.spark.RadlakeSession;
import io.radlake.spark.RunMetrics;
import io.radlake.spark.StepResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code radlake evaluate}: gold.predictions -> gold.rouge_scores (per example) + gold.rouge_corpus + gold.rouge_slices
 * + an HTML report with PNG charts.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Scores a radlake infer run: every model's gold.predictions rows against the reference impressions of the"
          + " gold.instruct_pairs build the run read (found by Delta time travel when a later build replaced it),"
          + " with ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum as Google's rouge-score computes them. Per model and"
          + " example: precision, recall and F1 of each type, the abnormal-study flag and the slice attributes ->"
          + " gold.rouge_scores. Per model: mean precision, recall and F1 with bootstrap intervals, and the paired F1"
          + " difference to a reference model (the first baseline) -> gold.rouge_corpus. Per model and slice group"
          + " (sex, age band, modality, body part, site, normal / abnormal study, modality x sex): size, F1 with its interval, gap to the overall"
          + " and to the best group, small groups suppressed -> gold.rouge_slices.",
      "Writes a self-contained HTML report (charts inline, nothing fetched), the same charts as PNG files and"
          + " metrics.json to --report-dir, replaced atomically, and prints the corpus table.",
      "Options other than the run choices can also be set as spark.radlake.evaluate.<option> conf or as table"
          + " property radlake.evaluate.<option> of gold.rouge_slices (e.g. radlake.evaluate.minGroupSize).",
      "Exit codes: 0 ok, 1 failed, 2 bad options or nothing to evaluate."
    })
public final class EvaluateJob implements Callable<Integer> {
  static final String DEFAULT_PAIRS = String.join(",",
      EvaluateStep.DEFAULT_SLICE_PAIRS.stream().map(pair -> String.join(":", pair)).toList());

  @Option(names = "--predictions-run", paramLabel = "ID",
      description = "The radlake infer run to score (gold.predictions.run_id). Default: the latest run.")
  String predictionsRun;

  @Option(names = "--models", paramLabel = "ID", split = ",",
      description = "Models of the run to score (comma-separated or repeated). Default: all of them.")
  List<String> models;

  @Option(names = "--reference-model", paramLabel = "ID",
      description = "Model the paired F1 differences are taken against. Default: the first baseline, else the"
          + " first model.")
  String referenceModel;

  @Option(names = "--split", paramLabel = "NAME",
      description = "Score only the run's rows of this split (train, validation, test). Default: every row.")
  String split;

  @Option(names = "--use-stemmer", paramLabel = "BOOL", arity = "0..1", fallbackValue = "true",
      description = "Porter-stem tokens as rouge-score's use_stemmer (--use-stemmer false to turn off)."
          + " Default: spark.radlake." + RadlakeOptions.EVALUATE_USE_STEMMER + ", else true.")
  String useStemmer;

  @Option(names = "--bootstrap-samples", paramLabel = "N",
      description = "Bootstrap resamples per interval. Default: spark.radlake." + RadlakeOptions.EVALUATE_BOOTSTRAP_SAMPLES
          + ", else " + BootstrapAggregator.DEFAULT_SAMPLES + ".")
  Integer bootstrapSamples;

  @Option(names = "--confidence", paramLabel = "F",
      description = "Interval width in (0, 1). Default: spark.radlake." + RadlakeOptions.EVALUATE_CONFIDENCE + ", else "
          + BootstrapAggregator.DEFAULT_CONFIDENCE + ".")
  Double confidence;

  @Option(names = "--seed", paramLabel = "N",
      description = "Bootstrap seed in [0, 4294967295]. Default: spark.radlake." + RadlakeOptions.EVALUATE_SEED
          + ", else 42.")
  Long seed;

  @Option(names = "--min-group-size", paramLabel = "K",
      description = "Slice groups with fewer examples are suppressed, and so are the groups that would reveal them by"
          + " subtraction; at least K examples must be scored. Default: spark.radlake."
          + RadlakeOptions.EVALUATE_MIN_GROUP_SIZE + ", else " + SuppressionPolicy.DEFAULT_MIN_GROUP_SIZE + ".")
  Integer minGroupSize;

  @Option(names = "--slices", paramLabel = "ATTR", split = ",",
      description = "One-way slice attributes: instruct_pairs columns (modality, body_part, split, template_id),"
          + " silver columns (patient_sex, age_band, site_id), study_class (normal / abnormal reference impression)"
          + " or a kept silver attribute (e.g. race_ethnicity). Default: spark.radlake."
          + RadlakeOptions.EVALUATE_SLICES + ", else patient_sex,age_band,modality,body_part,site_id,study_class.")
  List<String> slices;

  @Option(names = "--slice-pairs", paramLabel = "A:B", split = ",",
      description = "Two-way slices, each A:B of two --slices attributes, or none. Default: spark.radlake."
          + RadlakeOptions.EVALUATE_SLICE_PAIRS + ", else modality:patient_sex.")
  List<String> slicePairs;

  @Option(names = "--report-dir", paramLabel = "DIR",
      description = "Local folder for report.html and metrics.json (replaced atomically). Default: spark.radlake."
          + RadlakeOptions.EVALUATE_REPORT_DIR + ", else LAKEHOUSE/reports/evaluate/RUN_ID.")
  Path reportDir;

  @Mixin RunIdOption runIdOption = new RunIdOption();

  @Mixin LakehouseOption lakehouseOption = new LakehouseOption();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    // Flags are checked before Spark starts: a typo should not cost a session start-up.
    resolve(new OptionResolver(key -> null, Map.of()));
    SparkSession spark = RadlakeSession.getOrCreate("radlake evaluate");
    Lakehouse lakehouse = lakehouseOption.resolve(OptionResolver.of(spark, Map.of()));
    EvaluateOptions options = resolve(OptionResolver.of(spark, tableProperties(spark, lakehouse)));
    EvaluateResult result = options.applyTo(new EvaluateStep(spark)).lakehouse(lakehouse)
        .runId(runIdOption.resolve(EvaluateStep.JOB)).execute();
    RunMetrics.append(spark, lakehouse, result.step());
    print(spec.commandLine().getOut(), result);
    return 0;
  }

  /** The options with their precedence: flag > spark.radlake.* conf > table property > default; checked. */
  EvaluateOptions resolve(OptionResolver resolver) {
    String stem = resolver.resolve(RadlakeOptions.EVALUATE_USE_STEMMER, useStemmer, "true").strip()
        .toLowerCase(Locale.ROOT);
    if (!stem.equals("true") && !stem.equals("false")) {
      throw new IllegalArgumentException("--use-stemmer must be true or false, got: " + stem);
    }
    int samples = (int) resolver.resolveLong(RadlakeOptions.EVALUATE_BOOTSTRAP_SAMPLES,
        bootstrapSamples == null ? null : bootstrapSamples.longValue(), BootstrapAggregator.DEFAULT_SAMPLES);
    if (samples < 1) {
      throw new IllegalArgumentException("--bootstrap-samples must be >= 1, got: " + samples);
    }
    double width = parseConfidence(resolver.resolve(RadlakeOptions.EVALUATE_CONFIDENCE, confidence,
        Double.toString(BootstrapAggregator.DEFAULT_CONFIDENCE)));
    long bootstrapSeed = resolver.resolveLong(RadlakeOptions.EVALUATE_SEED, seed, 42);
    if (bootstrapSeed < 0 || bootstrapSeed > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("--seed must be in [0, 4294967295], got: " + bootstrapSeed);
    }
    int k = (int) resolver.resolveLong(RadlakeOptions.EVALUATE_MIN_GROUP_SIZE,
        minGroupSize == null ? null : minGroupSize.longValue(), SuppressionPolicy.DEFAULT_MIN_GROUP_SIZE);
    new SuppressionPolicy(k); // validates with the flag's name
    List<String> attributes = names(resolver.resolve(RadlakeOptions.EVALUATE_SLICES,
        slices == null ? null : String.join(",", slices), String.join(",", EvaluateStep.DEFAULT_SLICES)));
    List<List<String>> pairs = parsePairs(resolver.resolve(RadlakeOptions.EVALUATE_SLICE_PAIRS,
        slicePairs == null ? null : String.join(",", slicePairs), DEFAULT_PAIRS));
    SlicePlan.of(attributes, pairs); // validates
    String folder = resolver.resolve(RadlakeOptions.EVALUATE_REPORT_DIR, reportDir, null);
    return new EvaluateOptions(predictionsRun, models == null ? List.of() : models, referenceModel, split,
        Boolean.parseBoolean(stem), samples, width, bootstrapSeed, k, attributes, pairs,
        folder == null ? null : Path.of(folder));
  }

  private static double parseConfidence(String value) {
    double width;
    try {
      width = Double.parseDouble(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--confidence must be a number in (0, 1), got: " + value);
    }
    if (!(width > 0 && width < 1)) {
      throw new IllegalArgumentException("--confidence must be in (0, 1), got: " + value);
    }
    return width;
  }

  private static List<String> names(String commaSeparated) {
    return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** "modality:patient_sex,modality:site_id", or "none" for no two-way slices. */
  static List<List<String>> parsePairs(String value) {
    List<List<String>> pairs = new ArrayList<>();
    if (value.strip().equalsIgnoreCase("none")) {
      return pairs;
    }
    for (String pair : names(value)) {
      String[] parts = pair.split(":");
      if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
        throw new IllegalArgumentException("--slice-pairs takes A:B pairs of slice attributes (or none), got: "
            + pair);
      }
      pairs.add(List.of(parts[0].strip(), parts[1].strip()));
    }
    return pairs;
  }

  /** Properties of gold.rouge_slices (radlake.evaluate.* there sets defaults for the table); none if absent. */
  private static Map<String, String> tableProperties(SparkSession spark, Lakehouse lakehouse) {
    String path = lakehouse.tablePath(Lakehouse.ROUGE_SLICES);
    if (!DeltaTable.isDeltaTable(spark, path)) {
      return Map.of();
    }
    Row detail = DeltaTable.forPath(spark, path).detail().select("properties").first();
    return detail.<String, String>getJavaMap(0);
  }

  /** The summary line, the corpus table, the slice summary and the report's path. Numbers only. */
  public static void print(PrintWriter out, EvaluateResult r) {
    StepResult s = r.step();
    out.printf("evaluate %s: predictions run %s (build %s, split %s), %d examples x %d models, in %.1f s -> %s,"
            + " %s, %s%n", s.runId(), r.predictionsRunId(), r.buildRunId(), String.join(",", r.splits()),
        r.summary().examples(), r.summary().models().size(), s.duration().toMillis() / 1000.0,
        Lakehouse.ROUGE_SCORES, Lakehouse.ROUGE_CORPUS, Lakehouse.ROUGE_SLICES);
    double width = Double.parseDouble(s.details().getOrDefault("confidence", "0.95"));
    String reference = r.summary().referenceModelId();
    out.printf("%-28s %-11s %7s %7s %7s %7s  %-15s  %s%n", "model", "kind", "R-1", "R-2", "R-L", "R-Lsum",
        "R-L " + Math.round(width * 100) + "% CI", "R-L - " + reference + " [CI]");
    for (ModelScores m : r.summary().models()) {
      AggregateScore l = m.corpus().get(RougeType.ROUGE_L);
      String difference = m.difference(RougeType.ROUGE_L).map(EvaluateJob::difference).orElse("(reference)");
      out.printf(Locale.ROOT, "%-28s %-11s %7.4f %7.4f %7.4f %7.4f  [%.3f, %.3f]  %s%n", m.modelId(),
          m.model().kind(), m.corpus().meanF1(RougeType.ROUGE_1), m.corpus().meanF1(RougeType.ROUGE_2),
          m.corpus().meanF1(RougeType.ROUGE_L), m.corpus().meanF1(RougeType.ROUGE_LSUM), l.low().fmeasure(),
          l.high().fmeasure(), difference);
    }
    out.printf("slices: %d groups per model, %d suppressed (min group size %d)%n", r.sliceGroups(),
        r.suppressedGroups(), r.summary().minGroupSize());
    r.notes().forEach(note -> out.printf("  note: %s%n", note));
    out.printf("report: %s (PNG charts and metrics.json beside it)%n", r.reportFile());
    out.flush();
  }

  private static String difference(DifferenceInterval d) {
    return String.format(Locale.ROOT, "%+.4f [%+.3f, %+.3f]", d.mean(), d.low(), d.high());
  }
}
