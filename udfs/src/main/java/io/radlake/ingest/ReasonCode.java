package io.radlake.ingest;

/** Why a record went to {@code bronze.quarantine}; stored as {@code reason_code}. */
public enum ReasonCode {
  /** Bytes are not valid in the declared encoding (UTF-8 unless --encoding says otherwise). */
  INVALID_ENCODING,
  /** The record cannot be parsed: truncated row, wrong field count, invalid JSON. */
  MALFORMED_RECORD,
  /** report_id, patient_id or report_text is absent or blank. */
  MISSING_REQUIRED_FIELD,
  /** A field has a value outside what the bronze contract allows (bad date, age, sex code). */
  INVALID_VALUE,
  /** report_text is empty or whitespace only. */
  EMPTY_TEXT,
  /** report_text is larger than --max-text-bytes. */
  TEXT_TOO_LARGE,
  /** The same report_id occurs in one input with different texts; which one is right is unknown. */
  DUPLICATE_REPORT_ID,
  /** A source file (or a text file named in a manifest) cannot be opened or read to the end. */
  UNREADABLE_FILE,
  /** De-identification failed for the report (written by the deidentify job, fail closed). */
  DEID_FAILED
}
