package io.radlake.jobs.sql;

/** How {@code radlake sql} prints its result. */
public enum OutputFormat {
  /** Aligned text table, long values cut. */
  TABLE,
  /** RFC 4180 CSV with a header line. */
  CSV,
  /** One JSON object per row (Spark's own JSON of each row; null fields left out). */
  JSONL
}
