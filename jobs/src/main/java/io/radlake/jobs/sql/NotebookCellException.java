package io.radlake.jobs.sql;

import io.radlake.notebook.NotebookCell;
import java.util.Arrays;

/** A notebook cell failed; the message names the notebook, the cell, its line and Spark's error. */
public final class NotebookCellException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  /** Spark messages can carry a whole plan; the first lines say what went wrong. */
  private static final int MAX_MESSAGE_LINES = 12;

  NotebookCellException(String notebook, NotebookCell cell, Exception cause) {
    super(notebook + " " + cell.label() + (cell.title().isEmpty() ? "" : " '" + cell.title() + "'") + " failed: "
        + firstLines(String.valueOf(cause.getMessage())), cause);
  }

  private static String firstLines(String message) {
    String[] lines = message.strip().split("\n");
    if (lines.length <= MAX_MESSAGE_LINES) {
      return message.strip();
    }
    return String.join("\n", Arrays.copyOf(lines, MAX_MESSAGE_LINES)) + "\n...";
  }
}
