package io.radlake.spark;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * What one step of a job did; logged and appended to {@code ops.run_metrics}. Counts only, never
 * row content.
 */
public record StepResult(
    String runId,
    String job,
    String step,
    Instant startedAt,
    Instant finishedAt,
    long rowsIn,
    long rowsOut,
    long rowsUnchanged,
    long rowsQuarantined,
    String status,
    Map<String, String> details) {

  public static final String SUCCEEDED = "SUCCEEDED";
  public static final String FAILED = "FAILED";

  public StepResult {
    details = Map.copyOf(details);
  }

  public Duration duration() {
    return Duration.between(startedAt, finishedAt);
  }

  /** One log line: "ingest/read: 2000 in, 1978 out, 0 unchanged, 22 quarantined in 3.1 s". */
  public String summary() {
    return String.format(
        "%s/%s: %d in, %d out, %d unchanged, %d quarantined in %.1f s (%s)",
        job, step, rowsIn, rowsOut, rowsUnchanged, rowsQuarantined, duration().toMillis() / 1000.0, status);
  }
}
