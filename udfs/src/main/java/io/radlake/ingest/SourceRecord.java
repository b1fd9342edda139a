package io.radlake.ingest;

import java.util.Map;

/**
 * One record as read from a source file, before validation.
 *
 * @param sourceFile the file the record came from (for text folders: the manifest)
 * @param recordNumber 1-based ordinal of the data record in that file (header excluded); 0 for a
 *     problem that concerns the whole file
 * @param format the source format
 * @param fields source column name to decoded value (null for an absent or null value), in source
 *     column order; empty when the record could not be parsed
 * @param rawBytes the exact bytes of the record as read, kept so a quarantined record loses nothing
 * @param problem why the record could not be read, or null
 */
public record SourceRecord(
    String sourceFile,
    long recordNumber,
    SourceFormat format,
    Map<String, String> fields,
    byte[] rawBytes,
    RecordProblem problem) {

  public static SourceRecord ok(
      String sourceFile, long recordNumber, SourceFormat format, Map<String, String> fields, byte[] raw) {
    return new SourceRecord(sourceFile, recordNumber, format, fields, raw, null);
  }

  public static SourceRecord failed(
      String sourceFile, long recordNumber, SourceFormat format, byte[] raw, RecordProblem problem) {
    return new SourceRecord(sourceFile, recordNumber, format, Map.of(), raw, problem);
  }

  public boolean hasProblem() {
    return problem != null;
  }
}
