package io.radlake.jobs.sql;

import io.radlake.notebook.NotebookCell;
import java.util.List;

/**
 * What running one cell gave.
 *
 * @param cell the cell
 * @param results one per statement Spark ran, in order (empty for markdown cells and widget-only cells)
 */
public record CellRun(NotebookCell cell, List<QueryResult> results) {
  public CellRun {
    results = List.copyOf(results);
  }
}
