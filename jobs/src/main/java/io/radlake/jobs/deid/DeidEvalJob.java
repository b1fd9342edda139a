package io.radlake.jobs.deid;

import io.radlake.deid.DeidSecret;
import io.radlake.jobs.LakehouseOption;
import io.radlake.jobs.RunIdOption;
import io.radlake.spark.Lakehouse;
import io.radlake.spark.OptionResolver;
import io.radlake.spark.RadlakeSession;
import io.radlake.spark.RunMetrics;
import io.radlake.spark.StepResult;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code radlake deid-eval}: recall, precision and leaks of de-identification against the generator's ground truth. */
@Command(
    name = "deid-eval",
    mixinStandardHelpOptions = true,
    description = {
      "Scores de-identification on a generated corpus: for every bronze report with planted PHI spans"
          + " (reference.phi_ground_truth), runs the de-identification detector on the original text and compares"
          + " its findings with the spans, and counts the planted strings still present in the report's"
          + " silver.reports_deid text. Prints recall, precision and F1 per category and overall and the leaked"
          + " spans per category (never their text), appends the same to ops.deid_eval and says whether the quality"
          + " bar is met: recall >= 0.995 overall and >= 0.98 per category, precision >= 0.95, and no NAME, MRN,"
          + " ACCESSION, SSN or OTHER_ID span missed by the detector or found in silver.",
      "The secret of the deidentify runs is needed to find each report's silver row (report keys are keyed by it):"
          + " RADLAKE_DEID_SECRET_FILE or RADLAKE_DEID_SECRET; a different secret is refused.",
      "Exit codes: 0 ok (bar met or not, unless --fail-under-bar), 1 failed or bar missed with --fail-under-bar,"
          + " 2 bad options or no secret."
    })
public final class DeidEvalJob implements Callable<Integer> {
  @Option(names = "--fail-under-bar",
      description = "Exit 1 when the quality bar is missed (for CI). Default: exit 0 either way.")
  boolean failUnderBar;

  @Mixin RunIdOption runIdOption = new RunIdOption();

  @Mixin LakehouseOption lakehouseOption = new LakehouseOption();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    DeidSecret secret = DeidentifyJob.secretFromEnvironment();
    SparkSession spark = RadlakeSession.getOrCreate("radlake deid-eval");
    Lakehouse lakehouse = lakehouseOption.resolve(OptionResolver.of(spark, Map.of()));
    DeidEvalResult result = new DeidEvalStep(spark).secret(secret).lakehouse(lakehouse)
        .runId(runIdOption.resolve(DeidEvalStep.JOB)).execute();
    RunMetrics.append(spark, lakehouse, result.step());
    PrintWriter out = spec.commandLine().getOut();
    print(out, result);
    return failUnderBar && !result.barMet() ? 1 : 0;
  }

  /** The summary line, the table per category and the bar's verdict with what fell short. Counts only. */
  public static void print(PrintWriter out, DeidEvalResult r) {
    StepResult s = r.step();
    out.printf("deid-eval %s: %d reports scored, %d silver texts checked for leaks, %d skipped, %d with several"
            + " versions (not scored), in %.1f s -> %s%n", s.runId(), r.evaluation().reportsScored(),
        r.evaluation().reportsPublished(), r.evaluation().reportsSkipped(), r.reportsWithSeveralVersions(),
        s.duration().toMillis() / 1000.0, Lakehouse.DEID_EVAL);
    out.print(r.evaluation().format());
    out.printf("bar (%s): %s%n", r.bar().describe(), r.barMet() ? "met" : "MISSED");
    r.shortfalls().forEach(line -> out.printf("  %s%n", line));
    out.flush();
  }
}
