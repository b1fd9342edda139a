package io.radlake.ingest;

import java.io.Serializable;
import java.nio.charset.Charset;

/**
 * How source records are read and validated.
 *
 * @param mapping canonical column names to source column names
 * @param charsetName the source files' charset (UTF-8 unless the export says otherwise)
 * @param maxTextBytes reports larger than this (UTF-8 bytes) are quarantined as TEXT_TOO_LARGE
 */
public record IngestSettings(ColumnMapping mapping, String charsetName, long maxTextBytes) implements Serializable {
  public static final long DEFAULT_MAX_TEXT_BYTES = 1_000_000L;

  public IngestSettings {
    requireValidMaxTextBytes(maxTextBytes);
    if (!Charset.isSupported(charsetName)) {
      throw new IllegalArgumentException(
          "--encoding must be a charset this JVM supports (e.g. UTF-8, windows-1252, ISO-8859-1), got: " + charsetName);
    }
  }

  public static long requireValidMaxTextBytes(long maxTextBytes) {
    if (maxTextBytes < 1) {
      throw new IllegalArgumentException("--max-text-bytes must be >= 1, got: " + maxTextBytes);
    }
    return maxTextBytes;
  }

  public static IngestSettings defaults() {
    return new IngestSettings(ColumnMapping.identity(), "UTF-8", DEFAULT_MAX_TEXT_BYTES);
  }

  public StrictDecoder decoder() {
    return new StrictDecoder(Charset.forName(charsetName));
  }
}
