package io.radlake.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds batches to their table's contract before they are committed. Rules are checked within the
 * batch: uniqueness against rows already in the table is the writing job's business (for example a
 * MERGE on the key). Cache the batch first if computing it is expensive: {@link #check} reads it once
 * and the write reads it again.
 */
public final class ContractEnforcer {
  private static final Logger LOG = LoggerFactory.getLogger(ContractEnforcer.class);

  /**
   * Schema conformance (missing, unexpected and mistyped columns) and every quality rule whose
   * columns are usable, in one Spark aggregation.
   */
  public ContractCheckResult check(Dataset<Row> batch, DataContract contract) {
    SchemaDiff diff = SchemaDiff.between(contract.toSparkSchema(), batch.schema());
    List<ContractViolation> violations = new ArrayList<>(diff.violations());
    Set<String> unusable = diff.unusableColumns();

    List<RowRule> rowRules = new ArrayList<>();
    List<UniqueRule> uniqueRules = new ArrayList<>();
    List<String> notEvaluated = new ArrayList<>();
    for (QualityRule rule : contract.rules()) {
      if (rule.columns().stream().anyMatch(unusable::contains)) {
        notEvaluated.add(rule.name());
      } else if (rule instanceof RowRule rowRule) {
        rowRules.add(rowRule);
      } else {
        uniqueRules.add((UniqueRule) rule);
      }
    }

    RuleCounter.RuleCounts counts = RuleCounter.count(batch, rowRules, uniqueRules);
    for (QualityRule rule : contract.rules()) {
      if (notEvaluated.contains(rule.name())) {
        continue;
      }
      long failing = counts.failingRows(rule.name());
      if (!rule.threshold().allows(failing)) {
        violations.add(new RuleViolation(rule.name(), rule.expectation(),
            rule.threshold().describeTolerance(), failing, counts.rowCount()));
      }
    }
    ContractCheckResult result = new ContractCheckResult(
        contract.table(), contract.source(), counts.rowCount(), violations, notEvaluated);
    LOG.info("Contract check of {} rows for {}: {} violation(s)",
        result.rowCount(), contract.table(), violations.size());
    return result;
  }

  /** @throws ContractViolationException naming each failed rule and its failing row count */
  public void enforce(Dataset<Row> batch, DataContract contract) {
    ContractCheckResult result = check(batch, contract);
    if (!result.passed()) {
      throw new ContractViolationException(result);
    }
  }

  /**
   * Creates the Delta table at {@code tablePath} from the contract if it is missing, then adds
   * whatever contract table properties and CHECK constraints it lacks. Safe to call before every
   * write; refuses a table whose columns differ from the contract.
   */
  public void ensureTable(SparkSession spark, String tablePath, DataContract contract) {
    ContractTables.ensure(spark, tablePath, contract);
  }
}
