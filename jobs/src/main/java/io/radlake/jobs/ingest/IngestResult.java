package io.radlake.jobs.ingest;

import io.radlake.spark.StepResult;
import java.util.Map;

/**
 * What an ingest run did. Balance: {@code recordsIn == written + unchanged + duplicatesInInput +
 * quarantined}, always.
 *
 * @param files files read
 * @param recordsIn records read from them (plus one per unreadable file)
 * @param written new rows (or new versions) committed to bronze.reports_raw
 * @param unchanged records whose (report_id, text) bronze already had
 * @param duplicatesInInput exact copies (same id, same text) of another record in this input
 * @param quarantined records sent to bronze.quarantine, by reason code in {@code byReason}
 */
public record IngestResult(
    StepResult step,
    long files,
    long bytesRead,
    long recordsIn,
    long written,
    long unchanged,
    long duplicatesInInput,
    long quarantined,
    Map<String, Long> byReason) {

  public IngestResult {
    // Sorted, so printed reasons always come in the same order.
    byReason = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(byReason));
  }

  public boolean balanced() {
    return recordsIn == written + unchanged + duplicatesInInput + quarantined;
  }

  /** "balance: 2000 in = 1978 written + 0 unchanged + 0 duplicates + 22 quarantined (ok)". */
  public String balanceLine() {
    return String.format(
        "balance: %d in = %d written + %d unchanged + %d duplicates + %d quarantined (%s)",
        recordsIn, written, unchanged, duplicatesInInput, quarantined, balanced() ? "ok" : "MISMATCH");
  }
}
