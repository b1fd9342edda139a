package io.radlake.jobs.deid;

import io.radlake.deid.DeidMode;
import io.radlake.deid.DeidSecret;
import io.radlake.deid.spark.DeidJobSettings;
import io.radlake.jobs.LakehouseOption;
import io.radlake.jobs.RunIdOption;
import io.radlake.spark.Lakehouse;
import io.radlake.spark.OptionResolver;
import io.radlake.spark.RadlakeOptions;
import io.radlake.spark.RadlakeSession;
import io.radlake.spark.RunMetrics;
import io.radlake.spark.StepResult;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code radlake deidentify}: bronze.reports_raw -> silver.reports_deid + silver.phi_audit (+ quarantine). */
@Command(
    name = "deidentify",
    mixinStandardHelpOptions = true,
    description = {
      "De-identifies the bronze report versions not yet in silver.reports_deid: replaces every identifier found"
          + " (names, dates shifted per patient, ages over 89, ids, contacts, addresses, institutions, serials) with"
          + " tags or consistent surrogates, cleans the text, parses its sections and marks exact and near"
          + " duplicates. Counts per report, category and rule go to silver.phi_audit (never the PHI itself).",
      "Fail closed: a report that cannot be de-identified goes to bronze.quarantine (stage deidentify) and is"
          + " retried by the next run; its text never reaches silver.",
      "The HMAC secret for pseudonyms, surrogates and date shifts comes from the environment only:"
          + " RADLAKE_DEID_SECRET_FILE (a file holding >= 32 bytes) or RADLAKE_DEID_SECRET. Without one the job"
          + " refuses to run.",
      "Exit codes: 0 ok, 1 failed (each table commit is atomic), 2 bad options or no secret."
    })
public final class DeidentifyJob implements Callable<Integer> {
  /** Slice attributes of the generated corpus; a hospital export names its own with --keep-attribute. */
  public static final String DEFAULT_KEEP_ATTRIBUTES =
      "race_ethnicity,insurance_type,encounter_type,priority,scanner_manufacturer";

  @Option(names = "--mode", paramLabel = "MODE",
      description = "surrogates (realistic, consistent per patient) or tags ([NAME], [DATE 2019-03-02], ...)."
          + " Default: spark.radlake.deid.mode, else surrogates.")
  String mode;

  @Option(names = "--keep-attribute", paramLabel = "NAME", split = ",",
      description = "Bronze attributes to keep in silver for bias slices (repeatable or comma-separated); all"
          + " others are dropped because they may hold PHI. Default: spark.radlake.deid.keepAttributes, else "
          + DEFAULT_KEEP_ATTRIBUTES + ".")
  List<String> keepAttributes;

  @Option(names = "--near-duplicate-threshold", paramLabel = "J",
      description = "Jaccard similarity of word shingles at or above which two reports are near duplicates."
          + " Default: spark.radlake.deid.nearDuplicateThreshold, else " + DuplicateMarker.DEFAULT_JACCARD_THRESHOLD + ".")
  Double nearDuplicateThreshold;

  @Option(names = "--shingle-words", paramLabel = "N",
      description = "Words per shingle for near-duplicate detection. Default: spark.radlake.deid.shingleWords, else "
          + DuplicateMarker.DEFAULT_SHINGLE_WORDS + ".")
  Integer shingleWords;

  @Option(names = "--max-text-chars", paramLabel = "N",
      description = "Reports longer than N characters are quarantined (DEID_FAILED) instead of de-identified."
          + " Default: " + DeidJobSettings.DEFAULT_MAX_TEXT_CHARS + ".")
  Integer maxTextChars;

  @Mixin RunIdOption runIdOption = new RunIdOption();

  @Mixin LakehouseOption lakehouseOption = new LakehouseOption();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    // The secret is checked before Spark starts: a missing secret should not cost a session start-up.
    DeidSecret secret = secretFromEnvironment();
    SparkSession spark = RadlakeSession.getOrCreate("radlake deidentify");
    StepResult result = run(spark, secret);
    print(spec.commandLine().getOut(), result);
    return 0;
  }

  static DeidSecret secretFromEnvironment() {
    try {
      return DeidSecret.fromEnvironment(System.getenv());
    } catch (IllegalStateException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /** Resolves options, runs the step and records its metrics. */
  public StepResult run(SparkSession spark, DeidSecret secret) {
    OptionResolver resolver = OptionResolver.of(spark, Map.of());
    DeidMode deidMode = parseMode(resolver.resolve(RadlakeOptions.DEID_MODE, mode, DeidMode.SURROGATES.name()));
    List<String> keep = keepAttributes != null
        ? keepAttributes
        : Arrays.stream(resolver.resolve(RadlakeOptions.DEID_KEEP_ATTRIBUTES, null, DEFAULT_KEEP_ATTRIBUTES).split(","))
            .map(String::strip).filter(s -> !s.isEmpty()).toList();
    DuplicateMarker marker = new DuplicateMarker(spark)
        .jaccardThreshold(Double.parseDouble(resolver.resolve(RadlakeOptions.DEID_NEAR_DUPLICATE_THRESHOLD,
            nearDuplicateThreshold, Double.toString(DuplicateMarker.DEFAULT_JACCARD_THRESHOLD))))
        .shingleWords((int) resolver.resolveLong(RadlakeOptions.DEID_SHINGLE_WORDS,
            shingleWords == null ? null : shingleWords.longValue(), DuplicateMarker.DEFAULT_SHINGLE_WORDS));
    Lakehouse lakehouse = lakehouseOption.resolve(resolver);
    StepResult result = new DeidentifyStep(spark)
        .settings(new DeidJobSettings(deidMode, keep, secret)
            .maxTextChars(maxTextChars != null ? maxTextChars : DeidJobSettings.DEFAULT_MAX_TEXT_CHARS))
        .duplicateMarker(marker)
        .lakehouse(lakehouse)
        .runId(runIdOption.resolve(DeidentifyStep.JOB))
        .execute();
    RunMetrics.append(spark, lakehouse, result);
    return result;
  }

  static DeidMode parseMode(String value) {
    try {
      return DeidMode.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--mode must be surrogates or tags, got: " + value);
    }
  }

  static void print(PrintWriter out, StepResult r) {
    out.printf("deidentify %s: %d reports in, %d written to %s, %d quarantined, in %.1f s (%s, secret %s)%n",
        r.runId(), r.rowsIn(), r.rowsOut(), Lakehouse.SILVER_REPORTS, r.rowsQuarantined(),
        r.duration().toMillis() / 1000.0, r.details().get("deid_mode"), r.details().get("secret_fingerprint"));
    r.details().entrySet().stream().filter(e -> e.getKey().startsWith("dedup."))
        .forEach(e -> out.printf("  %-24s %s%n", e.getKey().substring("dedup.".length()), e.getValue()));
    out.flush();
  }
}
