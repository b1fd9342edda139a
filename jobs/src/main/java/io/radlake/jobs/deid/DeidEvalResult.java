package io.radlake.jobs.deid;

import io.radlake.deid.eval.DeidEvaluation;
import io.radlake.deid.eval.QualityBar;
import io.radlake.spark.StepResult;
import java.util.List;

/**
 * What a deid-eval run measured.
 *
 * @param evaluation scores and leak counts summed over the scored reports
 * @param reportsWithSeveralVersions reports with ground truth that bronze holds in more than one version: which
 *     text the spans index is unknown, so they are not scored
 * @param bar the bar the run was held to
 * @param shortfalls what fell short of the quality bar (counts and ratios only); empty when it was met
 */
public record DeidEvalResult(
    StepResult step,
    DeidEvaluation evaluation,
    long reportsWithSeveralVersions,
    QualityBar bar,
    List<String> shortfalls) {

  public DeidEvalResult {
    shortfalls = List.copyOf(shortfalls);
  }

  public boolean barMet() {
    return shortfalls.isEmpty();
  }
}
