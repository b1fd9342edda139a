package io.radlake.jobs.sql;

import io.radlake.notebook.CellKind;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A notebook that ran to its end.
 *
 * @param notebook the file name
 * @param cells every cell, in order
 * @param parameters the widget values the run used
 * @param duration wall time of the run
 */
public record NotebookRun(String notebook, List<CellRun> cells, Map<String, String> parameters, Duration duration) {
  public NotebookRun {
    cells = List.copyOf(cells);
    parameters = Map.copyOf(parameters);
  }

  /** The number of SQL cells that ran. */
  public long sqlCells() {
    return cells.stream().filter(c -> c.cell().kind() == CellKind.SQL).count();
  }
}
