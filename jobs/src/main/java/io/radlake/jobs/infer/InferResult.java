package io.radlake.jobs.infer;

import io.radlake.spark.StepResult;
import java.util.List;

/**
 * What one {@code radlake infer} run wrote to gold.predictions. Counts and timings only, never text.
 *
 * @param step         rows in = examples read, rows out = prediction rows (examples x models)
 * @param buildRunId   the dataset build the examples came from
 * @param models       one summary per model, in the order they were given
 */
public record InferResult(StepResult step, String buildRunId, long pairsVersion, List<ModelSummary> models) {

  public InferResult {
    models = List.copyOf(models);
  }

  /**
   * @param meanLatencyMs mean of the per-row latency (batch wall time / batch rows)
   * @param devices       devices the rows ran on, comma-separated
   */
  public record ModelSummary(String modelId, String kind, long rows, long outputTokens, long truncated,
      double meanLatencyMs, String devices) {}
}
