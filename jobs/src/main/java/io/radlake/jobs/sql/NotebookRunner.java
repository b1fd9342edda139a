package io.radlake.jobs.sql;

import io.radlake.jobs.RunIds;
import io.radlake.notebook.CellKind;
import io.radlake.notebook.Notebook;
import io.radlake.notebook.NotebookCell;
import io.radlake.notebook.SqlScript;
import io.radlake.notebook.Widget;
import io.radlake.spark.SparkSteps;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Runs a source-format SQL notebook ({@link io.radlake.notebook.NotebookSource}) on one Spark session the way
 * Databricks runs it: cells in order, every statement of a SQL cell in turn, markdown cells skipped. A widget
 * ({@code CREATE WIDGET TEXT name DEFAULT 'v'}) takes its default or the value given in {@link #parameters}, and
 * statements read it as the named parameter marker {@code :name}. Prints each statement's first rows; stops at the
 * first failing statement with a {@link NotebookCellException}. Cells whose magic is neither %sql nor %md (%python,
 * %run, ...) are refused before anything runs. Each cell's Spark jobs are named after the notebook and the cell in
 * the Spark UI. Reads only what the notebook's statements read; writes nothing itself.
 */
public final class NotebookRunner {
  public static final String JOB = "notebook";

  private final SparkSession spark;
  private Map<String, String> parameters = Map.of();
  private int maxRows = 10;
  private PrintWriter out = new PrintWriter(Writer.nullWriter());

  public NotebookRunner(SparkSession spark) {
    this.spark = spark;
  }

  /** Widget values by name, instead of the widgets' defaults. */
  public NotebookRunner parameters(Map<String, String> parameters) {
    this.parameters = Map.copyOf(parameters);
    return this;
  }

  /** Rows printed (and kept in the result) per statement. */
  public NotebookRunner maxRows(int maxRows) {
    if (maxRows < 1) {
      throw new IllegalArgumentException("--max-rows must be >= 1, got: " + maxRows);
    }
    this.maxRows = maxRows;
    return this;
  }

  /** Where the cells' results are printed as they run. */
  public NotebookRunner output(PrintWriter out) {
    this.out = out;
    return this;
  }

  /**
   * Refuses what radlake cannot run, without Spark: cells in other languages, malformed widgets, and parameters
   * that name no widget of the notebook.
   */
  public static void check(Notebook notebook, Map<String, String> parameters) {
    for (NotebookCell cell : notebook.unsupportedCells()) {
      throw new IllegalArgumentException(notebook.name() + " " + cell.label() + " is a " + cell.magic() + " cell:"
          + " radlake notebook runs SQL cells and skips %md cells; %python, %scala, %r, %sh, %run and other magics"
          + " need Databricks");
    }
    Map<String, String> widgets = widgets(notebook);
    for (String name : parameters.keySet()) {
      if (!widgets.containsKey(name)) {
        throw new IllegalArgumentException("--param " + name + ": " + notebook.name() + " has no widget named "
            + name + (widgets.isEmpty() ? " (it has no widgets)" : "; its widgets: " + String.join(", ", widgets.keySet())));
      }
    }
  }

  /** The widgets the notebook declares, name to default, in order. */
  public static Map<String, String> widgets(Notebook notebook) {
    Map<String, String> widgets = new LinkedHashMap<>();
    for (NotebookCell cell : notebook.cells()) {
      if (cell.kind() == CellKind.SQL) {
        for (String statement : SqlScript.statements(cell.text())) {
          Widget.parse(statement).ifPresent(w -> widgets.put(w.name(), w.defaultValue()));
        }
      }
    }
    return widgets;
  }

  /** Runs every cell in order. */
  public NotebookRun run(Notebook notebook) {
    check(notebook, parameters);
    Instant start = Instant.now();
    String runId = RunIds.newRunId(JOB);
    Map<String, String> bound = new LinkedHashMap<>();
    List<CellRun> cells = new ArrayList<>();
    for (NotebookCell cell : notebook.cells()) {
      cells.add(switch (cell.kind()) {
        case MARKDOWN -> skipMarkdown(cell);
        case SQL -> runSql(notebook, cell, bound, runId);
        case OTHER -> throw new IllegalStateException("checked above: " + cell.label());
      });
    }
    out.flush();
    return new NotebookRun(notebook.name(), cells, bound, Duration.between(start, Instant.now()));
  }

  private CellRun skipMarkdown(NotebookCell cell) {
    String firstLine = cell.text().lines().findFirst().orElse("");
    out.printf("%s markdown: %s%n%n", cell.label(), firstLine);
    return new CellRun(cell, List.of());
  }

  private CellRun runSql(Notebook notebook, NotebookCell cell, Map<String, String> bound, String runId) {
    String heading = cell.label() + (cell.title().isEmpty() ? "" : " " + cell.title());
    List<QueryResult> results = new ArrayList<>();
    List<String> statements = SqlScript.statements(cell.text());
    for (String statement : statements) {
      if (Widget.isWidgetStatement(statement)) {
        Optional<Widget> widget = Widget.parse(statement);
        widget.ifPresent(w -> bound.put(w.name(), parameters.getOrDefault(w.name(), w.defaultValue())));
        widget.ifPresent(w -> out.printf("%s: widget %s = '%s'%n%n", heading, w.name(), bound.get(w.name())));
        continue;
      }
      Map<String, Object> args = new LinkedHashMap<>();
      SqlScript.parameterMarkers(statement).stream().filter(bound::containsKey)
          .forEach(name -> args.put(name, bound.get(name)));
      QueryResult result;
      try {
        result = SparkSteps.named(spark, JOB, runId, notebook.name() + " " + cell.label(), () -> {
          Dataset<Row> df = args.isEmpty() ? spark.sql(statement) : spark.sql(statement, args);
          return QueryResult.of(df, maxRows);
        });
      } catch (Exception e) { // AnalysisException is checked in Java's eyes, and Scala throws it undeclared
        throw new NotebookCellException(notebook.name(), cell, e);
      }
      results.add(result);
      if (result.isCommand()) {
        out.printf("%s: ok%n%n", heading);
      } else {
        out.printf("%s: %s%n%s%n", heading, result.rowCount(), result.table());
      }
    }
    if (statements.isEmpty()) {
      out.printf("%s: no statements%n%n", heading);
    }
    return new CellRun(cell, results);
  }
}
