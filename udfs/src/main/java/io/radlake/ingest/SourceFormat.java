package io.radlake.ingest;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The raw export formats that ingest reads. */
public enum SourceFormat {
  CSV("csv"),
  JSONL("jsonl"),
  PARQUET("parquet"),
  /** A folder of .txt report files described by manifest-*.csv files. */
  TEXT("text");

  private final String label;

  SourceFormat(String label) {
    this.label = label;
  }

  /** Lower-case name as stored in {@code source_format}. */
  public String label() {
    return label;
  }

  /** Parses a --format value (case-insensitive). */
  public static SourceFormat parse(String value) {
    for (SourceFormat f : values()) {
      if (f.label.equalsIgnoreCase(value) || f.name().equalsIgnoreCase(value)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "--format must be one of auto, "
            + Arrays.stream(values()).map(SourceFormat::label).collect(Collectors.joining(", "))
            + ", got: "
            + value);
  }

  /**
   * The format implied by a file name, or null when the name says nothing. Text folders are
   * recognised by their manifest files ({@code manifest*.csv}).
   */
  public static SourceFormat fromFileName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    int slash = name.lastIndexOf('/');
    String base = slash >= 0 ? name.substring(slash + 1) : name;
    if (base.startsWith("manifest") && base.endsWith(".csv")) {
      return TEXT;
    }
    if (base.endsWith(".csv")) {
      return CSV;
    }
    if (base.endsWith(".jsonl") || base.endsWith(".ndjson") || base.endsWith(".json")) {
      return JSONL;
    }
    if (base.endsWith(".parquet")) {
      return PARQUET;
    }
    return null;
  }
}
