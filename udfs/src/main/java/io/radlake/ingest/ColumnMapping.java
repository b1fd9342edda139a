package io.radlake.ingest;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maps canonical columns to a source export's column names ({@code report_text=ReportBody}), so a
 * hospital's export is ingested without code. Unmapped canonical columns are looked up by their
 * own name, case-insensitively.
 */
public record ColumnMapping(Map<String, String> canonicalToSource) implements Serializable {
  public ColumnMapping {
    canonicalToSource = Map.copyOf(canonicalToSource);
    for (String canonical : canonicalToSource.keySet()) {
      if (!CanonicalColumns.ALL.contains(canonical)) {
        throw new IllegalArgumentException(
            "--map target must be one of " + CanonicalColumns.ALL + ", got: " + canonical);
      }
    }
  }

  public static ColumnMapping identity() {
    return new ColumnMapping(Map.of());
  }

  /** Parses {@code canonical=source} entries, e.g. from repeated --map flags. */
  public static ColumnMapping parse(List<String> entries) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String entry : entries) {
      int eq = entry.indexOf('=');
      if (eq <= 0 || eq == entry.length() - 1) {
        throw new IllegalArgumentException(
            "--map must look like canonical_column=SourceColumn (e.g. report_text=ReportBody), got: " + entry);
      }
      String canonical = entry.substring(0, eq).strip().toLowerCase(Locale.ROOT);
      if (map.put(canonical, entry.substring(eq + 1).strip()) != null) {
        throw new IllegalArgumentException("--map names " + canonical + " twice; give each canonical column once");
      }
    }
    return new ColumnMapping(map);
  }

  /** The source column name that holds {@code canonical}. */
  public String sourceName(String canonical) {
    return canonicalToSource.getOrDefault(canonical, canonical);
  }

  /**
   * Splits a source record into canonical values and the remaining columns (attributes).
   *
   * @return canonical column to value (absent key: the column is not in the source)
   */
  public Resolved resolve(Map<String, String> fields) {
    Map<String, String> canonical = new LinkedHashMap<>();
    Map<String, String> attributes = new LinkedHashMap<>(fields);
    for (String column : CanonicalColumns.ALL) {
      String source = sourceName(column);
      String key = findKey(fields, source);
      if (key != null) {
        canonical.put(column, fields.get(key));
        attributes.remove(key);
      }
    }
    return new Resolved(canonical, attributes);
  }

  private static String findKey(Map<String, String> fields, String name) {
    if (fields.containsKey(name)) {
      return name;
    }
    for (String key : fields.keySet()) {
      if (key.equalsIgnoreCase(name)) {
        return key;
      }
    }
    return null;
  }

  /** Canonical values (key present when the source has the column) and the other columns. */
  public record Resolved(Map<String, String> canonical, Map<String, String> attributes) {}
}
