package io.radlake.jobs.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.radlake.notebook.CellKind;
import io.radlake.notebook.Notebook;
import io.radlake.notebook.NotebookCell;
import io.radlake.notebook.NotebookSource;
import io.radlake.notebook.SqlScript;
import io.radlake.testing.RepoPaths;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * The repository's notebooks/, every one run cell by cell against a lakehouse (the demo's, see DemoJobTest).
 * Every file there except README.md must be a SQL source notebook, so a new notebook cannot escape the test.
 */
public final class AnalystNotebooks {
  /** Bronze columns that hold PHI: analyst notebooks count, they never select these. */
  private static final Pattern PHI_COLUMNS = Pattern.compile("\\b(report_text|raw_record|patient_id|accession_number)\\b");

  private AnalystNotebooks() {}

  /** Every notebook file, sorted; fails on any other file in notebooks/. */
  public static List<Path> files() {
    Path dir = RepoPaths.root().resolve("notebooks");
    try (Stream<Path> listing = Files.list(dir)) {
      List<Path> files = listing.filter(f -> !f.getFileName().toString().equals("README.md")).sorted().toList();
      assertThat(files).as("notebooks/ holds notebooks").isNotEmpty();
      assertThat(files).as("every file in notebooks/ (besides README.md) is a .sql source notebook that this test runs")
          .allMatch(f -> f.getFileName().toString().endsWith(".sql") && Files.isRegularFile(f));
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Runs {@code file} with the tables already registered in {@code spark}'s catalog, and checks that it documents
   * itself (markdown first), that every query returned rows and that no statement names a PHI column.
   *
   * @return what the run printed
   */
  public static String runAndCheck(SparkSession spark, Path file) throws IOException {
    Notebook notebook = NotebookSource.parse(file.getFileName().toString(), Files.readString(file));
    assertThat(notebook.cells().get(0).kind()).as("first cell says what the notebook shows").isEqualTo(CellKind.MARKDOWN);
    for (NotebookCell cell : notebook.cells()) {
      if (cell.kind() == CellKind.SQL) {
        for (String statement : SqlScript.statements(cell.text())) {
          assertThat(PHI_COLUMNS.matcher(SqlScript.withoutLeadingComments(statement)).find())
              .as(notebook.name() + " " + cell.label() + " selects no PHI column").isFalse();
        }
      }
    }
    StringWriter printed = new StringWriter();
    NotebookRun run = new NotebookRunner(spark).maxRows(3).output(new PrintWriter(printed)).run(notebook);
    assertThat(run.sqlCells()).as(notebook.name() + " has SQL cells").isPositive();
    for (CellRun cell : run.cells()) {
      for (QueryResult result : cell.results()) {
        assertThat(result.isCommand() || !result.rows().isEmpty())
            .as(notebook.name() + " " + cell.cell().label() + " returns rows on the demo tables").isTrue();
      }
    }
    return printed.toString();
  }
}
