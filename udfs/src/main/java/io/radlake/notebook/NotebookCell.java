package io.radlake.notebook;

import java.util.Objects;

/**
 * One cell of a source-format notebook.
 *
 * @param number 1-based position in the notebook, as the Databricks UI counts cells (markdown cells too)
 * @param line 1-based line of the file where the cell's first line is
 * @param kind what the cell holds
 * @param magic the cell's magic command ({@code %md}, {@code %python}, ...), or "" for a plain SQL cell
 * @param title the cell title ({@code -- DBTITLE 1,Title}), or ""
 * @param text the cell's content without the title line and {@code -- MAGIC } prefixes (for {@code %sql}
 *     cells also without the magic line)
 */
public record NotebookCell(int number, int line, CellKind kind, String magic, String title, String text) {

    public NotebookCell {
        Objects.requireNonNull(kind, "kind");
        magic = Objects.requireNonNullElse(magic, "");
        title = Objects.requireNonNullElse(title, "");
        text = Objects.requireNonNullElse(text, "");
        if (number < 1 || line < 1) {
            throw new IllegalArgumentException("cell number and line must be >= 1, got: " + number + ", " + line);
        }
    }

    /** "cell 3 (line 20)", how errors and output name a cell. */
    public String label() {
        return "cell " + number + " (line " + line + ")";
    }
}
