package io.radlake.contract;

import java.util.List;

/**
 * No two rows share a value of the column, or of the column combination. Rows with a null in any
 * of the columns are ignored, as in SQL UNIQUE. The failing count is the number of surplus rows:
 * rows minus distinct keys.
 */
public record UniqueRule(String name, List<String> columns, Threshold threshold)
    implements QualityRule {

  public UniqueRule {
    columns = List.copyOf(columns);
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("rule '" + name + "' needs at least one column");
    }
  }

  @Override
  public String expectation() {
    return columns.size() == 1
        ? columns.get(0) + " unique"
        : String.join(", ", columns) + " unique together";
  }
}
