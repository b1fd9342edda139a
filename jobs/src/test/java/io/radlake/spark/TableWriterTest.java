package io.radlake.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.radlake.contract.ContractViolationException;
import io.radlake.testing.SparkTestBase;
import java.sql.Timestamp;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

/** A job's write path refuses a batch that breaks the table's contract, and commits nothing. */
class TableWriterTest extends SparkTestBase {

  private static Dataset<Row> quarantineBatch(String reasonCode, String id) {
    String hash = "a".repeat(63) + id;
    Row row = RowFactory.create(hash, "ingest", "file:/x.csv", 3L, "csv", "R1", reasonCode,
        reasonCode + ": test", new byte[] {1, 2}, 2L, "run-1", Timestamp.valueOf("2026-01-01 00:00:00"));
    var schema = io.radlake.contract.DataContractLoader.forTable(Lakehouse.QUARANTINE).toSparkSchema();
    return spark.createDataFrame(List.of(row), schema);
  }

  @Test
  void aBatchThatBreaksTheContractIsRefusedAndTheTableIsUnchanged() {
    Lakehouse lakehouse = new Lakehouse(newFolder("lake").toString());
    TableWriter writer = new TableWriter(spark, lakehouse);
    writer.mergeNew(Lakehouse.QUARANTINE, quarantineBatch("EMPTY_TEXT", "1"), List.of("quarantine_id"));

    assertThatThrownBy(() ->
            writer.mergeNew(Lakehouse.QUARANTINE, quarantineBatch("NOT_A_REASON", "2"), List.of("quarantine_id")))
        .isInstanceOf(ContractViolationException.class)
        .hasMessageContaining("Refusing to commit to bronze.quarantine")
        .hasMessageContaining("'reason_code_accepted'")
        .hasMessageContaining("failed for 1 of 1 rows");
    Dataset<Row> table = spark.read().format("delta").load(lakehouse.tablePath(Lakehouse.QUARANTINE));
    assertThat(table.count()).isEqualTo(1);
    assertThat(io.delta.tables.DeltaTable.forPath(spark, lakehouse.tablePath(Lakehouse.QUARANTINE)).history().count())
        .as("create + one merge, no commit for the refused batch").isEqualTo(2);
  }

  @Test
  void mergingTheSameRowsTwiceInsertsThemOnce() {
    Lakehouse lakehouse = new Lakehouse(newFolder("lake").toString());
    TableWriter writer = new TableWriter(spark, lakehouse);
    var first = writer.mergeNew(Lakehouse.QUARANTINE, quarantineBatch("EMPTY_TEXT", "1"), List.of("quarantine_id"));
    var second = writer.mergeNew(Lakehouse.QUARANTINE, quarantineBatch("EMPTY_TEXT", "1"), List.of("quarantine_id"));
    assertThat(first).containsEntry("numTargetRowsInserted", "1");
    assertThat(second.getOrDefault("numTargetRowsInserted", "0")).isEqualTo("0");
    assertThat(spark.read().format("delta").load(lakehouse.tablePath(Lakehouse.QUARANTINE)).count()).isEqualTo(1);
  }
}
