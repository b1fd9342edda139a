package io.radlake.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.radlake.cli.RadlakeCli;
import io.radlake.contract.ContractCheckResult;
import io.radlake.contract.ContractEnforcer;
import io.radlake.contract.DataContract;
import io.radlake.contract.DataContractLoader;
import io.radlake.spark.Lakehouse;
import io.radlake.testing.RepoPaths;
import io.radlake.testing.SparkTestBase;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The demo through the real CLI, and every data contract checked against the table the demo wrote. */
class DemoJobTest extends SparkTestBase {
  private static Lakehouse lakehouse;
  private static String firstRun;

  @BeforeAll
  static void runDemo() {
    lakehouse = new Lakehouse(newFolder("demo-lake").toString());
    firstRun = demo();
  }

  private static String demo() {
    StringWriter out = new StringWriter();
    CommandLine cli = RadlakeCli.commandLine();
    cli.setOut(new PrintWriter(out));
    StringWriter err = new StringWriter();
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute("demo", "--reports", "400", "--broken-fraction", "0.05", "--lakehouse", lakehouse.root());
    assertThat(exit).as(err.toString()).isZero();
    return out.toString();
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
        Lakehouse.INSTRUCT_PAIRS, Lakehouse.DATASET_REJECTS);
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
}
