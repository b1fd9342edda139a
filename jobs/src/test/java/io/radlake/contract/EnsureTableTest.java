package io.radlake.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.delta.tables.DeltaTable;
import io.radlake.testing.SparkTestBase;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class EnsureTableTest extends SparkTestBase {
  private static final DataContract REPORTS_RAW = DataContractLoader.forTable("bronze.reports_raw");
  private static final StructType SCHEMA = REPORTS_RAW.toSparkSchema();
  private static final ReportsRawRows ROWS = new ReportsRawRows(SCHEMA);

  private final ContractEnforcer enforcer = new ContractEnforcer();

  @Test
  void derivesConstraintsFromAcceptedValuesAndRangeRulesOutsidePhiColumns() {
    assertThat(CheckConstraint.derivedFrom(REPORTS_RAW)).containsExactly(
        new CheckConstraint("report_version_range", "`report_version` IS NULL OR `report_version` >= 1"),
        new CheckConstraint("patient_sex_accepted",
            "`patient_sex` IS NULL OR `patient_sex` IN ('F', 'M', 'O', 'U')"),
        new CheckConstraint("patient_age_range", "`patient_age` IS NULL OR `patient_age` BETWEEN 0 AND 130"),
        new CheckConstraint("source_record_range", "`source_record` IS NULL OR `source_record` >= 1"),
        new CheckConstraint("source_format_accepted",
            "`source_format` IS NULL OR `source_format` IN ('csv', 'jsonl', 'parquet', 'text')"));
  }

  @Test
  void createsTheTableWithContractSchemaPropertiesAndConstraints() {
    String path = newFolder("reports_raw").resolve("table").toString();

    enforcer.ensureTable(spark, path, REPORTS_RAW);

    DeltaTable table = DeltaTable.forPath(spark, path);
    assertThat(table.toDF().schema()).isEqualTo(SCHEMA);
    Map<String, String> properties = properties(table);
    assertThat(properties).containsEntry("delta.appendOnly", "true");
    assertThat(properties).containsEntry("delta.constraints.patient_age_range",
        "`patient_age` IS NULL OR `patient_age` BETWEEN 0 AND 130");
    assertThat(properties.keySet()).filteredOn(k -> k.startsWith("delta.constraints."))
        .containsExactlyInAnyOrder("delta.constraints.report_version_range",
            "delta.constraints.patient_sex_accepted", "delta.constraints.patient_age_range",
            "delta.constraints.source_record_range", "delta.constraints.source_format_accepted");
  }

  @Test
  void deltaRejectsABadAppendAndAcceptsAGoodOne() {
    String path = newFolder("reports_raw").resolve("table").toString();
    enforcer.ensureTable(spark, path, REPORTS_RAW);
    Dataset<Row> tooOld = Batches.of(spark, SCHEMA,
        List.<Object[]>of(Batches.with(SCHEMA, ROWS.row("R1", 1, "text"), "patient_age", 131)));
    Dataset<Row> unknownFormat = Batches.of(spark, SCHEMA,
        List.<Object[]>of(Batches.with(SCHEMA, ROWS.row("R1", 1, "text"), "source_format", "xml")));
    Dataset<Row> noText = Batches.of(spark, SCHEMA,
        List.<Object[]>of(Batches.with(SCHEMA, ROWS.row("R1", 1, "text"), "report_text", null)));

    assertThatThrownBy(() -> tooOld.write().format("delta").mode("append").save(path))
        .hasMessageContaining("CHECK constraint patient_age_range");
    assertThatThrownBy(() -> unknownFormat.write().format("delta").mode("append").save(path))
        .hasMessageContaining("CHECK constraint source_format_accepted");
    assertThatThrownBy(() -> noText.write().format("delta").mode("append").save(path))
        .hasMessageContaining("NOT NULL constraint violated for column: report_text");
    assertThat(spark.read().format("delta").load(path).count()).isZero();

    Batches.of(spark, SCHEMA, List.of(ROWS.row("R1", 1, "text"), ROWS.row("R2", 1, "other")))
        .write().format("delta").mode("append").save(path);
    assertThat(spark.read().format("delta").load(path).count()).isEqualTo(2);
  }

  @Test
  void secondCallCommitsNothing() {
    String path = newFolder("reports_raw").resolve("table").toString();
    enforcer.ensureTable(spark, path, REPORTS_RAW);
    long version = latestVersion(path);

    enforcer.ensureTable(spark, path, REPORTS_RAW);

    assertThat(latestVersion(path)).isEqualTo(version);
  }

  @Test
  void refusesATableWithoutTheContractsNotNulls() {
    String path = newFolder("reports_raw").resolve("table").toString();
    // Written from a computed DataFrame, every column of the table is nullable.
    Batches.of(spark, SCHEMA, List.<Object[]>of(ROWS.row("R1", 1, "text"))).write().format("delta").save(path);

    assertThatThrownBy(() -> enforcer.ensureTable(spark, path, REPORTS_RAW))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("does not match contract data-contracts/bronze.reports_raw.odcs.yaml")
        .hasMessageContaining("patient_id is nullable, contract says required");
  }

  @Test
  void toleratesATableThatAlreadyHasTheConstraints() {
    String path = newFolder("reports_raw").resolve("table").toString();
    DeltaTable.create(spark).location(path).addColumns(SCHEMA).execute();
    // Written by hand: other spacing, no backticks, lower-case keywords; the same predicate.
    spark.sql("ALTER TABLE delta.`" + path + "` ADD CONSTRAINT patient_age_range "
        + "CHECK (patient_age is null or   patient_age between 0 and 130)");
    long version = latestVersion(path);

    enforcer.ensureTable(spark, path, REPORTS_RAW);

    Map<String, String> properties = properties(DeltaTable.forPath(spark, path));
    assertThat(properties).containsEntry("delta.appendOnly", "true")
        .containsKey("delta.constraints.source_format_accepted");
    // One commit for the property, one per constraint that was missing (four of five).
    assertThat(latestVersion(path)).isEqualTo(version + 5);
  }

  @Test
  void refusesATableWhoseColumnsDifferFromTheContract() {
    String path = newFolder("reports_raw").resolve("table").toString();
    spark.createDataFrame(List.of(), SCHEMA).drop("patient_age").write().format("delta").save(path);

    assertThatThrownBy(() -> enforcer.ensureTable(spark, path, REPORTS_RAW))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("missing column(s) patient_age")
        .hasMessageContaining("never changes existing columns");
  }

  @Test
  void refusesAConstraintThatContradictsTheContract() {
    String path = newFolder("reports_raw").resolve("table").toString();
    DeltaTable.create(spark).location(path).addColumns(SCHEMA).execute();
    spark.sql("ALTER TABLE delta.`" + path + "` ADD CONSTRAINT patient_age_range CHECK (patient_age < 200)");

    assertThatThrownBy(() -> enforcer.ensureTable(spark, path, REPORTS_RAW))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("has CHECK constraint patient_age_range (patient_age < 200)")
        .hasMessageContaining("DROP CONSTRAINT patient_age_range");
  }

  private static Map<String, String> properties(DeltaTable table) {
    return table.detail().select("properties").first().getJavaMap(0);
  }

  private static long latestVersion(String path) {
    return DeltaTable.forPath(spark, path).history(1).select("version").first().getLong(0);
  }
}
