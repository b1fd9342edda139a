package io.radlake.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.radlake.contract.ContractCheckResult;
import io.radlake.contract.ContractEnforcer;
import io.radlake.contract.DataContract;
import io.radlake.contract.DataContractLoader;
import io.radlake.jobs.sql.AnalystNotebooks;
import io.radlake.spark.Lakehouse;
import io.radlake.spark.LakehouseCatalog;
import io.radlake.testing.CliRun;
import io.radlake.testing.RepoPaths;
import io.radlake.testing.SparkTestBase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The demo through the real CLI, every data contract checked against the table the demo wrote, and every analyst
 * notebook and {@code radlake sql} run on those tables (one demo run serves them all: it is the slowest test).
 */
class DemoJobTest extends SparkTestBase {
  private static Lakehouse lakehouse;
  private static String firstRun;

  @BeforeAll
  static void runDemo() {
    lakehouse = new Lakehouse(newFolder("demo-lake").toString());
    firstRun = demo();
  }

  private static String demo() {
    CliRun run = CliRun.of("demo", "--reports", "400", "--broken-fraction", "0.05", "--lakehouse", lakehouse.root());
    assertThat(run.exit()).as(run.err()).isZero();
    return run.out();
  }

  @Test
  void printsASummaryOfEachTableAndTheBalance() {
    assertThat(firstRun)
        .contains("radlake demo: 400 reports (seed 42, csv, 5.0% broken)")
        .contains("bronze.reports_raw", "bronze.quarantine", "reference.phi_ground_truth", "ops.run_metrics",
            "silver.reports_deid", "silver.phi_audit", "throw-away secret", "ops.deid_eval")
        .containsPattern("deid-eval demo-\\S+: \\d+ reports scored")
        .containsPattern("\nNAME +\\d+ ")
        .containsPattern("\nALL +\\d+ ")
        .containsPattern("bar \\(recall >= 0.995 .*\\): met")
        .containsPattern("build-dataset demo-\\S+: \\d+ reports read \\(silver.reports_deid version \\d+\\),"
            + " \\d+ examples -> gold.instruct_pairs, \\d+ rejected -> gold.dataset_rejects")
        .containsPattern("\n  train +\\d+  \\S+ \\d+")
        .containsPattern("balance: 400 in = \\d+ written \\+ 0 unchanged \\+ \\d+ duplicates \\+ \\d+ quarantined \\(ok\\)");
  }

  @Test
  void everyContractHoldsForTheTableTheDemoWrote() throws IOException {
    List<String> tables;
    try (Stream<Path> files = Files.list(RepoPaths.root().resolve("data-contracts"))) {
      tables = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".odcs.yaml"))
          .map(n -> n.substring(0, n.length() - ".odcs.yaml".length())).sorted().toList();
    }
    assertThat(tables).contains(Lakehouse.BRONZE_REPORTS, Lakehouse.QUARANTINE, Lakehouse.RUN_METRICS,
        Lakehouse.PHI_GROUND_TRUTH, Lakehouse.SILVER_REPORTS, Lakehouse.PHI_AUDIT, Lakehouse.DEID_EVAL,
        Lakehouse.INSTRUCT_PAIRS, Lakehouse.DATASET_REJECTS, Lakehouse.PREDICTIONS, Lakehouse.ROUGE_SCORES,
        Lakehouse.ROUGE_CORPUS, Lakehouse.ROUGE_SLICES);
    ContractEnforcer enforcer = new ContractEnforcer();
    for (String table : tables) {
      DataContract contract = DataContractLoader.forTable(table);
      Dataset<Row> written = spark.read().format("delta").load(lakehouse.tablePath(table));
      assertThat(written.count()).as(table).isPositive();
      assertThat(written.schema().fieldNames()).as(table).containsExactlyElementsOf(contract.columnNames());
      ContractCheckResult result = enforcer.check(written, contract);
      assertThat(result.passed()).as(result.refusalMessage()).isTrue();
    }
  }

  @Test
  void rerunningTheDemoAddsNothing() {
    long bronze = spark.read().format("delta").load(lakehouse.tablePath(Lakehouse.BRONZE_REPORTS)).count();
    long silver = spark.read().format("delta").load(lakehouse.tablePath(Lakehouse.SILVER_REPORTS)).count();
    String again = demo();
    assertThat(spark.read().format("delta").load(lakehouse.tablePath(Lakehouse.SILVER_REPORTS)).count())
        .isEqualTo(silver).isEqualTo(bronze);
    assertThat(again).contains("balance: 400 in = 0 written + " + bronze + " unchanged");
    assertThat(spark.read().format("delta").load(lakehouse.tablePath(Lakehouse.BRONZE_REPORTS)).count())
        .isEqualTo(bronze);
  }

  @TestFactory
  Stream<DynamicTest> everyNotebookRunsOnTheDemoTables() {
    List<String> tables = LakehouseCatalog.register(spark, lakehouse);
    assertThat(tables).contains(Lakehouse.BRONZE_REPORTS, Lakehouse.PHI_AUDIT, Lakehouse.DEID_EVAL,
        Lakehouse.INSTRUCT_PAIRS, Lakehouse.DATASET_REJECTS);
    return AnalystNotebooks.files().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
        () -> AnalystNotebooks.runAndCheck(spark, file)));
  }

  @Test
  void sqlQueriesTheDemoTablesByName() {
    long bronze = spark.read().format("delta").load(lakehouse.tablePath(Lakehouse.BRONZE_REPORTS)).count();
    CliRun table = CliRun.of("sql", "--lakehouse", lakehouse.root(), "SELECT count(*) AS reports FROM bronze.reports_raw");
    assertThat(table.out()).isEqualTo("reports\n-------\n" + String.format("%7d", bronze) + "\n(1 row)\n");

    CliRun csv = CliRun.of("sql", "--lakehouse", lakehouse.root(), "--format", "csv", "--limit", "2",
        "SELECT split, count(*) AS n FROM gold.instruct_pairs GROUP BY split ORDER BY split");
    assertThat(csv.out().lines().toList()).hasSize(3).first().isEqualTo("split,n");
    assertThat(csv.out().lines().skip(1)).allMatch(l -> l.matches("(test|train),\\d+"));
    assertThat(csv.err()).contains("more than 2 rows; printed the first 2 (raise --limit)");

    CliRun jsonl = CliRun.of("sql", "--lakehouse", lakehouse.root(), "--format", "jsonl",
        "SET spark.sql.shuffle.partitions=2; SELECT category, leaked FROM ops.deid_eval WHERE category = 'ALL' LIMIT 1");
    assertThat(jsonl.out()).matches("\\{\"category\":\"ALL\",\"leaked\":\\d+}\n");

    CliRun bad = CliRun.of("sql", "--lakehouse", lakehouse.root(), "SELECT * FROM silver.no_such_table");
    assertThat(bad.exit()).isEqualTo(1);
    assertThat(bad.err()).contains("TABLE_OR_VIEW_NOT_FOUND", "`silver`.`no_such_table`");

    // Another lakehouse whose table name the session already gives to the demo's table: refused, not mixed up.
    Lakehouse other = new Lakehouse(newFolder("other-lake").toString());
    spark.range(1).write().format("delta").save(other.tablePath(Lakehouse.BRONZE_REPORTS));
    CliRun clash = CliRun.of("sql", "--lakehouse", other.root(), "SELECT count(*) FROM bronze.reports_raw");
    assertThat(clash.exit()).isEqualTo(2);
    assertThat(clash.err()).contains("bronze.reports_raw already names the table at ",
        "not this lakehouse's " + other.tablePath(Lakehouse.BRONZE_REPORTS));
  }

  @Test
  void notebookStopsAtTheFirstFailingCellAndBindsWidgets() throws IOException {
    Path notebook = newFolder("nb").resolve("check.sql");
    Files.writeString(notebook, String.join("\n",
        "-- Databricks notebook source",
        "CREATE WIDGET TEXT who DEFAULT 'nobody'",
        "",
        "-- COMMAND ----------",
        "",
        "SELECT :who AS who, count(*) AS examples FROM gold.instruct_pairs",
        "",
        "-- COMMAND ----------",
        "",
        "-- DBTITLE 1,Broken",
        "SELECT count(*) FROM gold.no_such_table",
        "",
        "-- COMMAND ----------",
        "",
        "SELECT 'never reached'"));
    CliRun failed = CliRun.of("notebook", "--lakehouse", lakehouse.root(), "--param", "who=analyst", notebook.toString());
    assertThat(failed.exit()).isEqualTo(1);
    assertThat(failed.out()).contains("cell 1 (line 2): widget who = 'analyst'", "cell 2 (line 6): 1 row", "analyst")
        .doesNotContain("never reached");
    assertThat(failed.err()).contains("check.sql cell 3 (line 10) 'Broken' failed: [TABLE_OR_VIEW_NOT_FOUND]");

    CliRun unknownParam = CliRun.of("notebook", "--lakehouse", lakehouse.root(), "--param", "whom=x", notebook.toString());
    assertThat(unknownParam.exit()).isEqualTo(2);
    assertThat(unknownParam.err()).contains("--param whom: check.sql has no widget named whom; its widgets: who");
  }
}
