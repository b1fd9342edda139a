package io.radlake.contract;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.util.Map;
import org.apache.spark.sql.types.StructType;

/** bronze.reports_raw rows that satisfy the contract, to be broken one column at a time. */
final class ReportsRawRows {
  private final StructType schema;

  ReportsRawRows(StructType schema) {
    this.schema = schema;
  }

  Object[] row(String reportId, int version, String text) {
    Object[] row = new Object[schema.fields().length];
    set(row, "report_id", reportId);
    set(row, "report_version", version);
    set(row, "patient_id", "P-" + reportId);
    set(row, "accession_number", "A-" + reportId);
    set(row, "study_datetime", java.time.LocalDateTime.of(2024, 3, 1, 10, 15));
    set(row, "modality", "CT");
    set(row, "body_part", "HEAD");
    set(row, "site_id", "site-1");
    set(row, "patient_sex", "F");
    set(row, "patient_age", 54);
    set(row, "attributes", Map.of("priority", "routine"));
    set(row, "report_text", text);
    set(row, "content_hash", sha256(text));
    set(row, "source_file", "landing/reports-2024-03-01.jsonl");
    set(row, "source_record", (long) version);
    set(row, "source_format", "jsonl");
    set(row, "ingest_run_id", "run-1");
    set(row, "ingested_at", Timestamp.valueOf("2024-03-02 00:00:00"));
    return row;
  }

  private void set(Object[] row, String column, Object value) {
    row[schema.fieldIndex(column)] = value;
  }

  static String sha256(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return String.format("%064x", new BigInteger(1, digest));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
