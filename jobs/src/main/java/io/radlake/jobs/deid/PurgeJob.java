package io.radlake.jobs.deid;

import io.radlake.deid.DeidMode;
import io.radlake.deid.spark.DeidJobSettings;
import io.radlake.jobs.LakehouseOption;
import io.radlake.jobs.RunIdOption;
import io.radlake.spark.Lakehouse;
import io.radlake.spark.OptionResolver;
import io.radlake.spark.RadlakeSession;
import io.radlake.spark.RunMetrics;
import io.radlake.spark.StepResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code radlake purge}: removes leaked strings from every de-identified table, including its history. */
@Command(
    name = "purge",
    mixinStandardHelpOptions = true,
    description = {
      "Removes a leak for good: every row of silver.reports_deid whose text contains one of"
          + " the strings is re-de-identified from bronze with the current engine and the strings masked as"
          + " [REDACTED] (or deleted with --action delete); rows of gold.instruct_pairs holding one are deleted"
          + " (rebuild the dataset afterwards); files hidden by deletion vectors are rewritten and old"
          + " files are vacuumed with --retention-hours (default 0, overriding Delta's 7-day safety check), so time"
          + " travel cannot read the leak any more. Then every version left in each table's history is read to"
          + " prove it.",
      "Stop readers and writers of these tables first: a reader holding an old version loses its files. The strings"
          + " come from a file, never the command line; re-de-identifying needs the run's secret in"
          + " RADLAKE_DEID_SECRET_FILE or RADLAKE_DEID_SECRET.",
      "Exit codes: 0 purged, 1 a readable version still holds a string, 2 bad options."
    })
public final class PurgeJob implements Callable<Integer> {
  @Option(names = "--strings-file", required = true, paramLabel = "FILE",
      description = "UTF-8 file with one leaked string per line (at least 3 characters each); matched ignoring case.")
  Path stringsFile;

  @Option(names = "--action", paramLabel = "ACTION", defaultValue = "redeidentify",
      description = "redeidentify (default) or delete the affected rows.")
  PurgeStep.Action action;

  @Option(names = "--retention-hours", paramLabel = "H", defaultValue = "0",
      description = "VACUUM retention: files no longer needed by versions newer than H hours are deleted."
          + " Default: ${DEFAULT-VALUE}, so no old version keeps the leak.")
  double retentionHours;

  @Option(names = "--mode", paramLabel = "MODE", defaultValue = "surrogates",
      description = "Replacement mode for re-de-identified rows: surrogates or tags (use the mode of the original"
          + " run). Default: ${DEFAULT-VALUE}.")
  String mode;

  @Option(names = "--keep-attribute", paramLabel = "NAME", split = ",",
      description = "Attributes kept by the original run (only used to rebuild rows). Default: "
          + DeidentifyJob.DEFAULT_KEEP_ATTRIBUTES + ".")
  String[] keepAttributes = DeidentifyJob.DEFAULT_KEEP_ATTRIBUTES.split(",");

  @Mixin RunIdOption runIdOption = new RunIdOption();

  @Mixin LakehouseOption lakehouseOption = new LakehouseOption();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    LeakedStrings strings = LeakedStrings.read(stringsFile);
    DeidMode deidMode = DeidentifyJob.parseMode(mode);
    DeidJobSettings settings = action == PurgeStep.Action.REDEIDENTIFY
        ? new DeidJobSettings(deidMode, Arrays.asList(keepAttributes), DeidentifyJob.secretFromEnvironment())
        : null;
    SparkSession spark = RadlakeSession.getOrCreate("radlake purge");
    Lakehouse lakehouse = lakehouseOption.resolve(OptionResolver.of(spark, Map.of()));
    StepResult result = new PurgeStep(spark).strings(strings).action(action).settings(settings)
        .retentionHours(retentionHours).lakehouse(lakehouse)
        .runId(runIdOption.resolve(PurgeStep.JOB)).execute();
    RunMetrics.append(spark, lakehouse, result);
    PrintWriter out = spec.commandLine().getOut();
    out.printf("purge %s: %d affected rows %s; readable versions still holding a string: %s%n", result.runId(),
        result.rowsIn(), action == PurgeStep.Action.DELETE ? "deleted" : "re-de-identified",
        result.details().get("versions_still_containing_strings"));
    result.details().forEach((k, v) -> {
      if (k.contains(".versions_")) {
        out.printf("  %-48s %s%n", k, v);
      }
    });
    out.flush();
    return StepResult.SUCCEEDED.equals(result.status()) ? 0 : 1;
  }
}
