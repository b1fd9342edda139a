package io.radlake.notebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NotebookSourceTest {

    private static final String SOURCE = """
            -- Databricks notebook source
            -- MAGIC %md
            -- MAGIC # Corpus
            -- MAGIC
            -- MAGIC Counts per layer.

            -- COMMAND ----------

            -- DBTITLE 1,Reports per site
            SELECT site_id, count(*) FROM bronze.reports_raw GROUP BY site_id;

            -- COMMAND ----------

            -- MAGIC %sql
            -- MAGIC SELECT 1

            -- COMMAND ----------

            -- MAGIC %python
            -- MAGIC display(spark.table("x"))

            -- COMMAND ----------

            -- MAGIC %run ./other
            """;

    @Test
    void splitsCellsAndKnowsTheirKindTitleAndLine() {
        Notebook notebook = NotebookSource.parse("corpus.sql", SOURCE);
        List<NotebookCell> cells = notebook.cells();
        assertThat(cells).extracting(NotebookCell::number).containsExactly(1, 2, 3, 4, 5);
        assertThat(cells).extracting(NotebookCell::kind).containsExactly(
                CellKind.MARKDOWN, CellKind.SQL, CellKind.SQL, CellKind.OTHER, CellKind.OTHER);
        assertThat(cells).extracting(NotebookCell::magic).containsExactly("%md", "", "%sql", "%python", "%run");

        assertThat(cells.get(0).text()).isEqualTo("# Corpus\n\nCounts per layer.");
        assertThat(cells.get(0).line()).isEqualTo(2);
        NotebookCell sql = cells.get(1);
        assertThat(sql.title()).isEqualTo("Reports per site");
        assertThat(sql.text()).isEqualTo("SELECT site_id, count(*) FROM bronze.reports_raw GROUP BY site_id;");
        assertThat(sql.line()).isEqualTo(9);
        assertThat(sql.label()).isEqualTo("cell 2 (line 9)");
        assertThat(cells.get(2).text()).isEqualTo("SELECT 1");
        assertThat(cells.get(4).text()).isEqualTo("./other");
        assertThat(notebook.unsupportedCells()).extracting(NotebookCell::number).containsExactly(4, 5);
    }

    @Test
    void acceptsWindowsLineEndsAndAByteOrderMark() {
        Notebook notebook = NotebookSource.parse("n.sql",
                "\uFEFF-- Databricks notebook source\r\nSELECT 1\r\n\r\n-- COMMAND ----------\r\n\r\nSELECT 2\r\n");
        assertThat(notebook.cells()).extracting(NotebookCell::text).containsExactly("SELECT 1", "SELECT 2");
        assertThat(notebook.cells()).extracting(NotebookCell::line).containsExactly(2, 6);
    }

    @Test
    void refusesFilesThatAreNotSqlSourceNotebooks() {
        assertThatThrownBy(() -> NotebookSource.parse("q.sql", "SELECT 1\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("q.sql is not a Databricks source-format SQL notebook: its first line must be"
                        + " '-- Databricks notebook source'");
        assertThatThrownBy(() -> NotebookSource.parse("p.py", "# Databricks notebook source\nprint(1)\n"))
                .hasMessageContaining("in another language: '# Databricks notebook source'");
    }
}
