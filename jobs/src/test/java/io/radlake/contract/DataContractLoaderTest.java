package io.radlake.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DataContractLoaderTest {

  @ParameterizedTest
  @ValueSource(strings = {"bronze.reports_raw", "bronze.quarantine", "ops.run_metrics"})
  void eachRepoContractLoadsFromTheClasspath(String table) {
    DataContract contract = DataContractLoader.forTable(table);

    assertThat(contract.table()).isEqualTo(table);
    assertThat(contract.source()).isEqualTo("data-contracts/" + table + ".odcs.yaml");
    assertThat(contract.owner()).isEqualTo("radlake-data-engineering");
    assertThat(contract.status()).isEqualTo("active");
    assertThat(contract.tableProperties()).containsEntry("delta.appendOnly", "true");
    assertThat(contract.columns()).allSatisfy(c -> assertThat(c.description()).isNotBlank());
  }

  @ParameterizedTest
  @ValueSource(strings = {"bronze.reports_raw", "bronze.quarantine", "ops.run_metrics", "gold.instruct_pairs",
      "gold.dataset_rejects", "gold.predictions", "gold.rouge_scores", "gold.rouge_corpus", "gold.rouge_slices"})
  void classpathCopyIsTheRepoFile(String table) {
    DataContract fromRepo = DataContractLoader.fromPath(
        RepoLayout.repoRoot().resolve("data-contracts").resolve(table + ".odcs.yaml"));

    assertThat(DataContractLoader.forTable(table).toSparkSchema()).isEqualTo(fromRepo.toSparkSchema());
    assertThat(DataContractLoader.forTable(table).rules()).isEqualTo(fromRepo.rules());
  }

  @Test
  void rougeScoresIsOneRowPerExampleWithFlatScoresAndNoText() {
    DataContract contract = DataContractLoader.forTable("gold.rouge_scores");

    assertThat(contract.rule("primary_key")).contains(
        new UniqueRule("primary_key", List.of("run_id", "model_id", "example_key"), Threshold.NONE_ALLOWED));
    for (String type : List.of("rouge1", "rouge2", "rougeL", "rougeLsum")) {
      for (String measure : List.of("precision", "recall", "f1")) {
        assertThat(contract.column(type + "_" + measure)).as(type + "_" + measure).isPresent();
        assertThat(contract.rule((type + "_" + measure + "_range").toLowerCase(Locale.ROOT))).isPresent();
      }
    }
    assertThat(contract.columnNames()).contains("abnormal", "patient_sex", "age_band", "modality", "body_part",
        "site_id", "split").doesNotContain("generated_text", "output", "input", "impression", "report_text");
    assertThat(DataContractLoader.forTable("gold.rouge_corpus").rule("primary_key")).contains(
        new UniqueRule("primary_key", List.of("run_id", "model_id", "rouge_type"), Threshold.NONE_ALLOWED));
  }

  @Test
  void reportsRawSparkSchema() {
    StructType schema = DataContractLoader.forTable("bronze.reports_raw").toSparkSchema();

    StructType expected = new StructType(new StructField[] {
        field("report_id", DataTypes.StringType, false),
        field("report_version", DataTypes.IntegerType, false),
        field("patient_id", DataTypes.StringType, false),
        field("accession_number", DataTypes.StringType, true),
        field("study_datetime", DataTypes.TimestampNTZType, true),
        field("modality", DataTypes.StringType, true),
        field("body_part", DataTypes.StringType, true),
        field("site_id", DataTypes.StringType, true),
        field("patient_sex", DataTypes.StringType, true),
        field("patient_age", DataTypes.IntegerType, true),
        field("attributes", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType), true),
        field("report_text", DataTypes.StringType, false),
        field("content_hash", DataTypes.StringType, false),
        field("source_file", DataTypes.StringType, false),
        field("source_record", DataTypes.LongType, false),
        field("source_format", DataTypes.StringType, false),
        field("ingest_run_id", DataTypes.StringType, false),
        field("ingested_at", DataTypes.TimestampType, false)});
    assertThat(withoutComments(schema)).isEqualTo(expected);
    assertThat(schema.apply("report_version").getComment().get())
        .isEqualTo("1 for the first text seen for a report_id, +1 for each changed text.");
    assertThat(schema.fields()).allSatisfy(f -> assertThat(f.getComment().isDefined()).isTrue());
  }

  @Test
  void quarantineSparkSchema() {
    StructType schema = withoutComments(DataContractLoader.forTable("bronze.quarantine").toSparkSchema());

    assertThat(schema.fieldNames()).containsExactly("quarantine_id", "stage", "source_file", "source_record",
        "source_format", "report_id", "reason_code", "reason", "raw_record", "raw_size_bytes", "ingest_run_id",
        "quarantined_at");
    assertThat(schema.apply("raw_record")).isEqualTo(field("raw_record", DataTypes.BinaryType, true));
    assertThat(schema.apply("report_id")).isEqualTo(field("report_id", DataTypes.StringType, true));
    assertThat(schema.apply("source_record")).isEqualTo(field("source_record", DataTypes.LongType, false));
    assertThat(schema.apply("quarantined_at")).isEqualTo(field("quarantined_at", DataTypes.TimestampType, false));
  }

  @Test
  void runMetricsSparkSchema() {
    StructType schema = withoutComments(DataContractLoader.forTable("ops.run_metrics").toSparkSchema());

    assertThat(schema.fieldNames()).containsExactly("run_id", "job", "step", "started_at", "finished_at",
        "duration_ms", "rows_in", "rows_out", "rows_unchanged", "rows_quarantined", "status", "details");
    assertThat(schema.apply("duration_ms")).isEqualTo(field("duration_ms", DataTypes.LongType, false));
    assertThat(schema.apply("details")).isEqualTo(
        field("details", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType), true));
  }

  @Test
  void reportsRawRules() {
    DataContract contract = DataContractLoader.forTable("bronze.reports_raw");

    assertThat(contract.rule("primary_key")).contains(
        new UniqueRule("primary_key", List.of("report_id", "report_version"), Threshold.NONE_ALLOWED));
    assertThat(contract.rule("report_id_content_hash_unique")).contains(
        new UniqueRule("report_id_content_hash_unique", List.of("report_id", "content_hash"), Threshold.NONE_ALLOWED));
    assertThat(contract.rule("patient_age_range")).contains(new RangeRule("patient_age_range", "patient_age",
        Optional.of(BigDecimal.ZERO), Optional.of(BigDecimal.valueOf(130)), Threshold.NONE_ALLOWED));
    assertThat(contract.rule("patient_age_range").orElseThrow().expectation())
        .isEqualTo("patient_age between 0 and 130");
    assertThat(contract.rule("patient_sex_accepted")).contains(new AcceptedValuesRule(
        "patient_sex_accepted", "patient_sex", List.of("F", "M", "O", "U"), Threshold.NONE_ALLOWED));
    assertThat(contract.rule("content_hash_pattern")).contains(
        new PatternRule("content_hash_pattern", "content_hash", "^[0-9a-f]{64}$", Threshold.NONE_ALLOWED));
    assertThat(contract.rule("source_format_accepted").orElseThrow().expectation())
        .isEqualTo("source_format in csv, jsonl, parquet, text");
    assertThat(contract.rowRules()).filteredOn(NotNullRule.class::isInstance)
        .extracting(QualityRule::name)
        .containsExactly("report_id_not_null", "report_version_not_null", "patient_id_not_null",
            "report_text_not_null", "content_hash_not_null", "source_file_not_null", "source_record_not_null",
            "source_format_not_null", "ingest_run_id_not_null", "ingested_at_not_null");
  }

  @Test
  void reportsRawMarksPhiColumnsRestricted() {
    DataContract contract = DataContractLoader.forTable("bronze.reports_raw");

    assertThat(contract.columns()).filteredOn(ContractColumn::isRestricted).extracting(ContractColumn::name)
        .containsExactlyInAnyOrder("report_id", "patient_id", "accession_number", "study_datetime",
            "attributes", "report_text");
    assertThat(contract.column("modality").orElseThrow().classification()).isEqualTo(Classification.PUBLIC);
  }

  @Test
  void quarantineRules() {
    DataContract contract = DataContractLoader.forTable("bronze.quarantine");

    // quarantine_id is both unique and the primary key: one rule, not two.
    assertThat(contract.uniqueRules()).extracting(QualityRule::name).containsExactly("quarantine_id_unique");
    assertThat(((AcceptedValuesRule) contract.rule("reason_code_accepted").orElseThrow()).acceptedValues())
        .containsExactly("INVALID_ENCODING", "MALFORMED_RECORD", "MISSING_REQUIRED_FIELD", "INVALID_VALUE",
            "EMPTY_TEXT", "TEXT_TOO_LARGE", "DUPLICATE_REPORT_ID", "UNREADABLE_FILE", "DEID_FAILED");
    assertThat(((AcceptedValuesRule) contract.rule("stage_accepted").orElseThrow()).acceptedValues())
        .containsExactly("ingest", "deidentify");
    assertThat(contract.column("raw_record").orElseThrow().isRestricted()).isTrue();
  }

  @Test
  void runMetricsRules() {
    DataContract contract = DataContractLoader.forTable("ops.run_metrics");

    assertThat(contract.rule("status_accepted").orElseThrow().expectation()).isEqualTo("status in SUCCEEDED, FAILED");
    assertThat(contract.rule("duration_ms_range").orElseThrow().expectation()).isEqualTo("duration_ms >= 0");
    assertThat(contract.uniqueRules()).isEmpty();
  }

  @Test
  void testContractHasEveryRuleKind() {
    DataContract contract = TestContracts.events();

    assertThat(contract.rules()).extracting(QualityRule::name).containsExactly(
        "event_id_not_null", "event_id_unique", "tenant_not_null", "seq_not_null", "patient_id_not_null",
        "primary_key", "kind_accepted", "score_range", "digest_pattern", "tag_few_duplicates",
        "tenant_digest_unique");
    assertThat(contract.rule("tag_few_duplicates").orElseThrow().threshold())
        .isEqualTo(new Threshold(Threshold.Operator.MUST_BE_LESS_THAN, 2));
  }

  @Test
  void unknownPhysicalTypeNamesTheColumnAndTheAllowedTypes() {
    assertInvalid(column("foo", "physicalType: varchr"),
        "contract test/one.odcs.yaml: column 'foo' has unknown physicalType 'varchr'; allowed: string, int, "
            + "bigint, double, boolean, timestamp, timestamp_ntz, date, binary, map<string,string>, array<string>");
  }

  @Test
  void logicalTypeMustFitPhysicalType() {
    assertInvalid(column("foo", "physicalType: int\n  logicalType: string"),
        "column 'foo' has logicalType 'string' but physicalType 'int', which needs logicalType 'integer'");
  }

  @Test
  void classificationIsRequiredAndChecked() {
    assertInvalid(TestContracts.withColumn("""
        - name: foo
          physicalType: string
          description: Foo.
        """), "column 'foo' has no classification; it is required");
    assertInvalid(column("foo", "physicalType: string\n  classification: secret"),
        "column 'foo' has classification 'secret'; allowed: public, internal, confidential, restricted");
  }

  @Test
  void unsupportedRulesAreRefusedRatherThanIgnored() {
    assertInvalid(columnWithRule("string", "metric: missingValues\n    mustBe: 0"),
        "column 'foo' rule 'foo_rule' has metric 'missingValues', which the enforcer cannot run; allowed: "
            + "nullValues, invalidValues, duplicateValues");
    assertInvalid(columnWithRule("string", "type: sql\n    query: SELECT 1\n    mustBe: 0"),
        "has type 'sql', which the enforcer cannot run");
    assertInvalid(columnWithRule("string", "metric: nullValues\n    mustBeGreaterThan: 3"),
        "uses mustBeGreaterThan, which cannot bound a count of failing rows; allowed: mustBe, mustBeLessThan, "
            + "mustBeLessOrEqualTo");
    assertInvalid(columnWithRule("string", "metric: nullValues\n    mustBe: 1"),
        "mustBe must be 0; use mustBeLessThan or mustBeLessOrEqualTo to tolerate failing rows");
    assertInvalid(columnWithRule("string", "metric: nullValues\n    mustBe: 0\n    unit: percent"),
        "has unit 'percent'; allowed: rows");
    assertInvalid(TestContracts.withColumn("""
        - name: foo
          physicalType: int
          classification: internal
          description: Foo.
          logicalTypeOptions:
            minimum: 0
        """), "column 'foo' has logicalTypeOptions.minimum, which the enforcer does not check");
  }

  @Test
  void rulesNeedNamesThatAreUnique() {
    assertInvalid(TestContracts.withColumn("""
        - name: foo
          physicalType: string
          classification: internal
          description: Foo.
          quality:
            - metric: nullValues
              mustBe: 0
        """), "column 'foo' quality rule #1 has no name; give every rule a lower_snake_case name");
    assertInvalid(TestContracts.withColumn("""
        - name: foo
          physicalType: string
          required: true
          classification: internal
          description: Foo.
          quality:
            - name: foo_not_null
              metric: nullValues
              mustBe: 0
        """), "has two rules named 'foo_not_null'");
  }

  @Test
  void ruleArgumentsMustFitTheColumn() {
    assertInvalid(columnWithRule("int", "metric: invalidValues\n    arguments:\n      validValues: [a]\n    mustBe: 0"),
        "column 'foo' rule 'foo_rule' uses validValues on column 'foo' of type int; allowed on: string");
    assertInvalid(columnWithRule("string", "metric: invalidValues\n    arguments:\n      minimum: 1\n    mustBe: 0"),
        "sets minimum/maximum on column 'foo' of type string; allowed on: int, bigint, double");
    assertInvalid(columnWithRule("int", "metric: invalidValues\n    arguments:\n      minimum: 5\n      maximum: 1\n    mustBe: 0"),
        "has minimum 5 above maximum 1");
    assertInvalid(columnWithRule("string", "metric: invalidValues\n    arguments:\n      pattern: '[a-'\n    mustBe: 0"),
        "has pattern '[a-' that is not a valid Java regex");
    assertInvalid(columnWithRule("string",
            "metric: invalidValues\n    arguments:\n      pattern: a\n      validValues: [a]\n    mustBe: 0"),
        "give exactly one of validValues, pattern, or minimum/maximum");
  }

  @Test
  void compositeUniquenessMustNameExistingColumns() {
    String yaml = TestContracts.EVENTS.replace("properties: [tenant, digest]", "properties: [tenant, digets]");
    assertThatThrownBy(() -> DataContractLoader.fromYaml(yaml, "x.yaml"))
        .isInstanceOf(InvalidContractException.class)
        .hasMessageContaining("table rule 'tenant_digest_unique' names column 'digets', which the table does not have");
  }

  @Test
  void unknownTableSaysWhereItLooked() {
    assertThatThrownBy(() -> DataContractLoader.forTable("silver.nope"))
        .isInstanceOf(InvalidContractException.class)
        .hasMessageContaining("no contract for table 'silver.nope' on the classpath at data-contracts/silver.nope.odcs.yaml");
  }

  @Test
  void notYamlIsReportedWithItsSource() {
    assertThatThrownBy(() -> DataContractLoader.fromYaml("a: [unclosed", "broken.yaml"))
        .isInstanceOf(InvalidContractException.class)
        .hasMessageStartingWith("contract broken.yaml: is not valid YAML");
  }

  private static String column(String name, String typeLines) {
    return TestContracts.withColumn("- name: " + name + "\n  " + typeLines
        + (typeLines.contains("classification") ? "" : "\n  classification: internal") + "\n  description: Foo.\n");
  }

  private static String columnWithRule(String type, String ruleLines) {
    return TestContracts.withColumn("- name: foo\n  physicalType: " + type
        + "\n  classification: internal\n  description: Foo.\n  quality:\n  - name: foo_rule\n    " + ruleLines + "\n");
  }

  private static void assertInvalid(String yaml, String expectedMessagePart) {
    assertThatThrownBy(() -> DataContractLoader.fromYaml(yaml, "test/one.odcs.yaml"))
        .isInstanceOf(InvalidContractException.class)
        .hasMessageStartingWith("contract test/one.odcs.yaml: ")
        .hasMessageContaining(expectedMessagePart);
  }

  private static StructField field(String name, DataType type, boolean nullable) {
    return DataTypes.createStructField(name, type, nullable);
  }

  private static StructType withoutComments(StructType schema) {
    return new StructType(java.util.Arrays.stream(schema.fields())
        .map(f -> DataTypes.createStructField(f.name(), f.dataType(), f.nullable()))
        .toArray(StructField[]::new));
  }
}
