package io.radlake.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.radlake.testing.SparkTestBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class ContractEnforcerTest extends SparkTestBase {
  private static final DataContract EVENTS = TestContracts.events();
  private static final StructType SCHEMA = EVENTS.toSparkSchema();

  private final ContractEnforcer enforcer = new ContractEnforcer();

  /** event_id, tenant, seq, patient_id, note, kind, score, digest, tag, attrs: passes every rule. */
  private static Object[] good(int i) {
    return new Object[] {"e" + i, "t1", i, "PAT-" + i, "note " + i, "a", 50, String.format("%04d", i), "tag" + i,
        Map.of("k", "v")};
  }

  private static List<Object[]> goodRows(int count) {
    List<Object[]> rows = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      rows.add(good(i));
    }
    return rows;
  }

  /** count good rows, the first few replaced by the given ones. */
  private static Dataset<Row> batch(int count, Object[]... replacing) {
    List<Object[]> rows = goodRows(count);
    for (int i = 0; i < replacing.length; i++) {
      rows.set(i, replacing[i]);
    }
    return Batches.of(spark, SCHEMA, rows);
  }

  private static Object[] good(int i, String column, Object value) {
    return Batches.with(SCHEMA, good(i), column, value);
  }

  @Test
  void conformingBatchPasses() {
    ContractCheckResult result = enforcer.check(batch(5), EVENTS);

    assertThat(result.passed()).isTrue();
    assertThat(result.violations()).isEmpty();
    assertThat(result.rowCount()).isEqualTo(5);
    assertThat(result.table()).isEqualTo("test.events");
  }

  @Test
  void emptyBatchPasses() {
    ContractCheckResult result = enforcer.check(batch(0), EVENTS);

    assertThat(result.passed()).isTrue();
    assertThat(result.rowCount()).isZero();
  }

  @Test
  void nullsInRequiredColumnFailTheNotNullRule() {
    ContractCheckResult result = enforcer.check(
        batch(6, good(1, "patient_id", null), good(2, "patient_id", null), good(3, "note", null)), EVENTS);

    assertThat(result.violations()).containsExactly(
        new RuleViolation("patient_id_not_null", "patient_id is not null", "", 2, 6));
  }

  @Test
  void duplicateValuesFailTheUniqueRuleWithTheSurplusRowCount() {
    // e1 three times: two rows too many.
    ContractCheckResult result = enforcer.check(
        batch(5, good(1), good(2, "event_id", "e1"), good(3, "event_id", "e1")), EVENTS);

    assertThat(result.violations()).containsExactly(
        new RuleViolation("event_id_unique", "event_id unique", "", 2, 5));
  }

  @Test
  void duplicateKeyCombinationsFailTheCompositeRules() {
    ContractCheckResult result = enforcer.check(batch(7,
        good(1),
        Batches.with(SCHEMA, good(2, "seq", 1), "digest", "9999"), // (t1, 1) again: breaks primary_key
        Batches.with(SCHEMA, good(3, "seq", 1), "tenant", "t2"), // (t2, 1): shares only the seq
        good(5, "digest", "0004"),
        good(4), // (t1, 0004) again: breaks tenant_digest_unique
        good(6, "digest", null),
        good(7, "digest", null)), // (t1, null) twice: a key with a null is never a duplicate
        EVENTS);

    assertThat(result.violations()).containsExactly(
        new RuleViolation("primary_key", "tenant, seq unique together", "", 1, 7),
        new RuleViolation("tenant_digest_unique", "tenant, digest unique together", "", 1, 7));
  }

  @Test
  void valuesOutsideTheAcceptedOnesFailTheAcceptedValuesRule() {
    ContractCheckResult result = enforcer.check(
        batch(5, good(1, "kind", "c"), good(2, "kind", "A"), good(3, "kind", null), good(4, "kind", "it's")), EVENTS);

    assertThat(result.violations()).containsExactly(
        new RuleViolation("kind_accepted", "kind in a, b, it's", "", 2, 5));
  }

  @Test
  void valuesOutsideTheBoundsFailTheRangeRule() {
    ContractCheckResult result = enforcer.check(batch(6,
        good(1, "score", -1), good(2, "score", 101), good(3, "score", 0), good(4, "score", 100),
        good(5, "score", null)), EVENTS);

    assertThat(result.violations()).containsExactly(
        new RuleViolation("score_range", "score between 0 and 100", "", 2, 6));
  }

  @Test
  void valuesNotMatchingFailThePatternRule() {
    ContractCheckResult result = enforcer.check(batch(5,
        good(1, "digest", "12a4"), good(2, "digest", "12345"), good(3, "digest", "d123"), good(4, "digest", null)),
        EVENTS);

    assertThat(result.violations()).containsExactly(
        new RuleViolation("digest_pattern", "digest matches ^\\d{4}$", "", 3, 5));
  }

  @Test
  void toleratedFailuresPassUntilTheThreshold() {
    Dataset<Row> oneDuplicate = batch(4, good(1, "tag", "x"), good(2, "tag", "x"));
    Dataset<Row> twoDuplicates = batch(4, good(1, "tag", "x"), good(2, "tag", "x"), good(3, "tag", "x"));

    assertThat(enforcer.check(oneDuplicate, EVENTS).passed()).isTrue();
    assertThat(enforcer.check(twoDuplicates, EVENTS).violations()).containsExactly(new RuleViolation(
        "tag_few_duplicates", "tag unique", "fewer than 2 failing rows allowed", 2, 4));
  }

  @Test
  void missingColumnFailsColumnsPresentAndSkipsItsRules() {
    Dataset<Row> withoutScore = batch(3, good(1, "kind", "zzz")).drop("score");

    ContractCheckResult result = enforcer.check(withoutScore, EVENTS);

    assertThat(result.violations()).containsExactly(
        new SchemaViolation("columns_present", "missing column(s) score"),
        new RuleViolation("kind_accepted", "kind in a, b, it's", "", 1, 3));
    assertThat(result.rulesNotEvaluated()).containsExactly("score_range");
  }

  @Test
  void wrongTypeFailsColumnTypesAndSkipsItsRules() {
    Dataset<Row> scoreAsText = batch(3).withColumn("score", functions.col("score").cast("string"));

    ContractCheckResult result = enforcer.check(scoreAsText, EVENTS);

    assertThat(result.violations()).containsExactly(
        new SchemaViolation("column_types", "score is string, contract says int"));
    assertThat(result.rulesNotEvaluated()).containsExactly("score_range");
  }

  @Test
  void unexpectedColumnFailsNoUnexpectedColumns() {
    ContractCheckResult result = enforcer.check(batch(2).withColumn("extra", functions.lit(1)), EVENTS);

    assertThat(result.violations()).containsExactly(
        new SchemaViolation("no_unexpected_columns", "column(s) not in the contract: extra"));
  }

  @Test
  void enforceThrowsNamingTableRulesAndCounts() {
    Dataset<Row> bad = batch(10, good(1, "score", 400), good(2, "score", -3), good(3, "kind", "zzz"));

    assertThatThrownBy(() -> enforcer.enforce(bad, EVENTS))
        .isInstanceOf(ContractViolationException.class)
        .hasMessage("Refusing to commit to test.events: "
            + "rule 'kind_accepted' (kind in a, b, it's) failed for 1 of 10 rows; "
            + "rule 'score_range' (score between 0 and 100) failed for 2 of 10 rows. "
            + "Fix the step that produced this batch, or send the failing rows to bronze.quarantine, then rerun; "
            + "the rules are in test/test.events.odcs.yaml.");
  }

  @Test
  void enforceLetsAConformingBatchThrough() {
    enforcer.enforce(batch(3), EVENTS);
  }

  @Test
  void violationMessagesNeverContainPiiValues() {
    DataContract contract = DataContractLoader.forTable("bronze.reports_raw");
    StructType schema = contract.toSparkSchema();
    ReportsRawRows rows = new ReportsRawRows(schema);
    // Every PII column holds a value it would be a leak to print, and breaks a rule where it has one.
    Object[] leaky = rows.row("RPT-SECRET-0001", 1, "Jane Q. Patient report: no acute findings");
    leaky = Batches.with(schema, leaky, "patient_id", "MRN-55501234");
    leaky = Batches.with(schema, leaky, "accession_number", "ACC-31337");
    leaky = Batches.with(schema, leaky, "patient_sex", "Female-ish");
    leaky = Batches.with(schema, leaky, "patient_age", 147);
    leaky = Batches.with(schema, leaky, "attributes", Map.of("referrer", "Dr. Hippocrates"));
    leaky = Batches.with(schema, leaky, "content_hash", "NOT-A-HASH-b00b");
    Object[] duplicate = Batches.with(schema, leaky, "patient_id", null);
    Object[] emptyText = rows.row("RPT-SECRET-0002", 1, "");
    Dataset<Row> batch = Batches.of(spark, schema, List.of(leaky, duplicate, emptyText));

    ContractViolationException thrown = org.junit.jupiter.api.Assertions.assertThrows(
        ContractViolationException.class, () -> enforcer.enforce(batch, contract));

    assertThat(thrown.result().violations()).extracting(ContractViolation::rule).containsExactlyInAnyOrder(
        "patient_id_not_null", "primary_key", "report_id_content_hash_unique", "patient_sex_accepted",
        "patient_age_range", "report_text_not_empty", "content_hash_pattern");
    assertThat(thrown.getMessage()).doesNotContain("RPT-SECRET", "Jane", "Patient", "MRN-55501234", "ACC-31337",
        "Female-ish", "147", "Hippocrates", "NOT-A-HASH");
  }

  @Test
  void realContractAcceptsConformingReports() {
    DataContract contract = DataContractLoader.forTable("bronze.reports_raw");
    ReportsRawRows rows = new ReportsRawRows(contract.toSparkSchema());
    Dataset<Row> batch = Batches.of(spark, contract.toSparkSchema(), List.of(
        rows.row("R1", 1, "CT head: no bleed."),
        rows.row("R1", 2, "CT head: no bleed. Addendum: small lacune."),
        rows.row("R2", 1, "Chest X-ray: clear.")));

    assertThat(enforcer.check(batch, contract).violations()).isEmpty();
  }
}
