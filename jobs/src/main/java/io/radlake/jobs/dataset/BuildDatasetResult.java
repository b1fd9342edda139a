package io.radlake.jobs.dataset;

import io.radlake.dataset.export.ExportManifest;
import io.radlake.dataset.export.SplitOrder;
import io.radlake.spark.StepResult;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one {@code build-dataset} run made. Counts only.
 *
 * @param step                the step's metrics (rows in = silver reports read, out = examples, quarantined =
 *                            rejects)
 * @param silverVersion       the Delta version of silver.reports_deid that was read
 * @param examplesBySplit     split -> modality -> examples
 * @param rejectsByReason     reject reason -> reports
 * @param manifest            the export's manifest, or null when no export folder was given
 */
public record BuildDatasetResult(
    StepResult step,
    long silverVersion,
    SortedMap<String, SortedMap<String, Long>> examplesBySplit,
    SortedMap<String, Long> rejectsByReason,
    ExportManifest manifest) {

  public BuildDatasetResult {
    // Splits in reading order (train, validation, test), not alphabetically.
    SortedMap<String, SortedMap<String, Long>> copy = new TreeMap<>(SplitOrder.COMPARATOR);
    examplesBySplit.forEach((split, byModality) ->
        copy.put(split, Collections.unmodifiableSortedMap(new TreeMap<>(byModality))));
    examplesBySplit = Collections.unmodifiableSortedMap(copy);
    rejectsByReason = Collections.unmodifiableSortedMap(new TreeMap<>(rejectsByReason));
  }

  /** Examples in one split, all modalities. */
  public long examples(String split) {
    return examplesBySplit.getOrDefault(split, new TreeMap<>()).values().stream().mapToLong(Long::longValue).sum();
  }

  public long examples() {
    return examplesBySplit.keySet().stream().mapToLong(this::examples).sum();
  }

  public long rejects() {
    return rejectsByReason.values().stream().mapToLong(Long::longValue).sum();
  }
}
