package io.radlake.notebook;

import java.util.List;
import java.util.Objects;

/**
 * A parsed source-format notebook.
 *
 * @param name the file name, for messages
 * @param cells every cell in file order
 */
public record Notebook(String name, List<NotebookCell> cells) {

    public Notebook {
        Objects.requireNonNull(name, "name");
        cells = List.copyOf(cells);
    }

    /** The cells radlake cannot run (neither SQL nor markdown); empty when the notebook can run. */
    public List<NotebookCell> unsupportedCells() {
        return cells.stream().filter(c -> c.kind() == CellKind.OTHER).toList();
    }
}
