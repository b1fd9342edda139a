package io.radlake.jobs.eval;

import io.radlake.eval.summary.EvaluationSummary;
import io.radlake.eval.summary.SliceRow;
import io.radlake.spark.StepResult;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one {@code radlake evaluate} run computed and wrote. Numbers only; print it with
 * {@link EvaluateJob#print(java.io.PrintWriter, EvaluateResult)}.
 *
 * @param step             the step's metrics (rows in = prediction rows of the run read, out = table rows written)
 * @param predictionsRunId the radlake infer run that was scored
 * @param buildRunId       the dataset build the predictions (and references) come from
 * @param splits           the splits of the scored examples
 * @param tableVersions    table -> Delta version read
 * @param notes            what the reader should know about what was read (time travel, left-out rows)
 * @param summary          every number: corpus scores, paired differences, slices, lengths
 * @param reportFile       the HTML report (metrics.json is beside it)
 */
public record EvaluateResult(
    StepResult step,
    String predictionsRunId,
    String buildRunId,
    List<String> splits,
    Map<String, Long> tableVersions,
    List<String> notes,
    EvaluationSummary summary,
    Path reportFile) {

  public EvaluateResult {
    splits = List.copyOf(splits);
    tableVersions = Collections.unmodifiableMap(new LinkedHashMap<>(tableVersions));
    notes = List.copyOf(notes);
  }

  /** Suppressed slice groups (the same for every model). */
  public long suppressedGroups() {
    String first = summary.models().get(0).modelId();
    return summary.slices().stream().filter(r -> r.modelId().equals(first))
        .filter(r -> r.result().suppressed()).count();
  }

  /** Slice groups, suppressed ones included (the same for every model). */
  public long sliceGroups() {
    String first = summary.models().get(0).modelId();
    return summary.slices().stream().map(SliceRow::modelId).filter(first::equals).count();
  }
}
