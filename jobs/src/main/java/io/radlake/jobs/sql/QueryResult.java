package io.radlake.jobs.sql;

import io.radlake.notebook.CsvLine;
import io.radlake.notebook.TextTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;

/**
 * The first rows of a query result as text, the way Spark renders values when casting them to string (arrays
 * as [a, b], maps as {k -> v}, timestamps in the session time zone); binary values as hex.
 *
 * @param columns column names, in order (duplicates allowed)
 * @param numeric per column, whether its type is numeric
 * @param rows at most the limit asked for; each value null or text
 * @param more whether the result has rows beyond {@code rows}
 */
public record QueryResult(List<String> columns, List<Boolean> numeric, List<List<String>> rows, boolean more) {
  /** Values longer than this are cut in text tables (CSV and JSON lines are never cut). */
  public static final int MAX_CELL_WIDTH = 100;

  public QueryResult {
    columns = List.copyOf(columns);
    numeric = List.copyOf(numeric);
    // Not List.copyOf: values may be null.
    rows = rows.stream().map(r -> Collections.unmodifiableList(new ArrayList<>(r))).toList();
  }

  /** Runs {@code result} for at most {@code limit} + 1 rows (one more, to know whether there are more). */
  public static QueryResult of(Dataset<Row> result, int limit) {
    StructField[] fields = result.schema().fields();
    List<String> names = Arrays.stream(fields).map(StructField::name).toList();
    List<Boolean> numeric = Arrays.stream(fields).map(f -> f.dataType() instanceof NumericType).toList();
    if (fields.length == 0) {
      // A command without output (CREATE VIEW, SET x=y ...): Spark already ran it.
      return new QueryResult(names, numeric, List.of(), false);
    }
    // Positional names: a result may repeat a column name (SELECT a, a), which select-by-name cannot tell apart.
    String[] positional = new String[fields.length];
    Column[] asText = new Column[fields.length];
    for (int i = 0; i < fields.length; i++) {
      positional[i] = "c" + i;
      Column c = functions.col(positional[i]);
      asText[i] = fields[i].dataType() instanceof BinaryType ? functions.hex(c) : c.cast("string");
    }
    List<Row> collected = result.toDF(positional).select(asText).limit(limit + 1).collectAsList();
    List<List<String>> rows = new ArrayList<>();
    for (Row row : collected.subList(0, Math.min(limit, collected.size()))) {
      List<String> values = new ArrayList<>();
      for (int i = 0; i < fields.length; i++) {
        values.add(row.isNullAt(i) ? null : row.getString(i));
      }
      rows.add(values);
    }
    return new QueryResult(names, numeric, rows, collected.size() > limit);
  }

  /** Whether the statement had no output columns (a command). */
  public boolean isCommand() {
    return columns.isEmpty();
  }

  /** The aligned text table. */
  public String table() {
    return new TextTable(columns, numeric, MAX_CELL_WIDTH).format(rows);
  }

  /** The header line and one CSV line per row. */
  public List<String> csv() {
    List<String> lines = new ArrayList<>();
    lines.add(CsvLine.of(columns));
    rows.forEach(r -> lines.add(CsvLine.of(r)));
    return lines;
  }

  /** "3 rows", or "first 10 rows" when there are more. */
  public String rowCount() {
    String noun = rows.size() == 1 ? " row" : " rows";
    return more ? "first " + rows.size() + noun : rows.size() + noun;
  }
}
