package io.radlake.jobs;

import picocli.CommandLine.Option;

/** --run-id, shared by every job that writes tables. */
public final class RunIdOption {
  @Option(names = "--run-id", paramLabel = "ID", description = "Run id recorded in every row (default: generated).")
  String runId;

  /** The given id, else a new time-sortable one for {@code job}. */
  public String resolve(String job) {
    return runId != null ? runId : RunIds.newRunId(job);
  }
}
