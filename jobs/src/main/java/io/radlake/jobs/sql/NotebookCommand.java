package io.radlake.jobs.sql;

import io.radlake.jobs.LakehouseOption;
import io.radlake.notebook.Notebook;
import io.radlake.notebook.NotebookSource;
import io.radlake.spark.Lakehouse;
import io.radlake.spark.LakehouseCatalog;
import io.radlake.spark.OptionResolver;
import io.radlake.spark.RadlakeSession;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code radlake notebook FILE}: a Databricks source-format SQL notebook, cell by cell, on local Spark. */
@Command(
    name = "notebook",
    mixinStandardHelpOptions = true,
    description = {
      "Runs every cell of a Databricks source-format SQL notebook (first line '-- Databricks notebook source',"
          + " cells split by '-- COMMAND ----------') in order and prints each statement's first rows. Markdown"
          + " cells are skipped; a notebook with %python, %scala, %r, %sh or %run cells is refused before anything"
          + " runs. Tables resolve by name as with radlake sql. Widgets (CREATE WIDGET TEXT name DEFAULT 'v') take"
          + " their default or --param, and statements read them as :name.",
      "Stops at the first failing cell, naming the cell, its line and Spark's error. Exit codes: 0 every cell ran,"
          + " 1 a cell failed, 2 bad options or a notebook radlake cannot run."
    })
public final class NotebookCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "The notebook (.sql source format).")
  Path file;

  @Option(names = "--param", paramLabel = "NAME=VALUE",
      description = "Value of the notebook's widget NAME instead of its default (repeatable).")
  Map<String, String> params = new LinkedHashMap<>();

  @Option(names = "--max-rows", paramLabel = "N", defaultValue = "10",
      description = "Rows printed per statement. Default: ${DEFAULT-VALUE}.")
  int maxRows;

  @Mixin LakehouseOption lakehouseOption = new LakehouseOption();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Notebook notebook = NotebookSource.parse(file.getFileName().toString(), read(file));
    NotebookRunner.check(notebook, params);
    if (maxRows < 1) {
      throw new IllegalArgumentException("--max-rows must be >= 1, got: " + maxRows);
    }
    PrintWriter out = spec.commandLine().getOut();
    SparkSession spark = RadlakeSession.getOrCreate("radlake notebook");
    Lakehouse lakehouse = lakehouseOption.resolve(OptionResolver.of(spark, Map.of()));
    List<String> tables = LakehouseCatalog.register(spark, lakehouse);
    out.printf("notebook %s: %d cells; lakehouse %s (%d tables)%n%n", notebook.name(), notebook.cells().size(),
        lakehouse.root(), tables.size());
    NotebookRun run = new NotebookRunner(spark).parameters(params).maxRows(maxRows).output(out).run(notebook);
    out.printf("notebook %s: %d SQL cells ran, %d markdown skipped, in %.1f s%n", run.notebook(), run.sqlCells(),
        run.cells().size() - run.sqlCells(), run.duration().toMillis() / 1000.0);
    out.flush();
    return 0;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("notebook not found: " + file);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read notebook " + file + ": " + e.getMessage());
    }
  }
}
