package io.radlake.contract;

import io.delta.tables.DeltaTable;
import io.delta.tables.DeltaTableBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.parser.ParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the Delta table at a path match its contract: creates it with the contract schema, sets the
 * contract's table properties and adds its CHECK constraints. Only what is missing is changed, so a
 * second call commits nothing. Existing columns are never altered: a table whose columns differ
 * from the contract is refused.
 */
final class ContractTables {
  private static final Logger LOG = LoggerFactory.getLogger(ContractTables.class);

  private ContractTables() {}

  static void ensure(SparkSession spark, String tablePath, DataContract contract) {
    if (!DeltaTable.isDeltaTable(spark, tablePath)) {
      create(spark, tablePath, contract);
    }
    DeltaTable table = DeltaTable.forPath(spark, tablePath);
    requireContractColumns(table, tablePath, contract);
    Map<String, String> properties = properties(table);
    setMissingProperties(spark, tablePath, contract, properties);
    addMissingConstraints(spark, tablePath, contract, properties);
  }

  private static void create(SparkSession spark, String tablePath, DataContract contract) {
    DeltaTableBuilder builder = DeltaTable.createIfNotExists(spark)
        .location(tablePath)
        .addColumns(contract.toSparkSchema())
        .comment(contract.description());
    contract.tableProperties().forEach(builder::property);
    // Constraints go into the creating commit: one ALTER TABLE per constraint costs a commit each.
    List<CheckConstraint> constraints = CheckConstraint.derivedFrom(contract);
    constraints.forEach(c -> builder.property(c.propertyKey(), c.expression()));
    builder.execute();
    LOG.info("Created Delta table for {} at {} with {} CHECK constraint(s)", contract.table(), tablePath,
        constraints.size());
  }

  private static void requireContractColumns(DeltaTable table, String tablePath, DataContract contract) {
    SchemaDiff diff = SchemaDiff.between(contract.toSparkSchema(), table.toDF().schema());
    if (diff.matchesIncludingNullability()) {
      return;
    }
    List<String> problems = new ArrayList<>();
    if (!diff.missingColumns().isEmpty()) {
      problems.add("missing column(s) " + String.join(", ", diff.missingColumns()));
    }
    if (!diff.unexpectedColumns().isEmpty()) {
      problems.add("column(s) not in the contract: " + String.join(", ", diff.unexpectedColumns()));
    }
    problems.addAll(diff.typeMismatches());
    problems.addAll(diff.nullabilityMismatches());
    throw new IllegalStateException("Delta table at " + tablePath + " does not match contract "
        + contract.source() + " for " + contract.table() + ": " + String.join("; ", problems)
        + ". ensureTable never changes existing columns: migrate the table or fix the contract.");
  }

  private static Map<String, String> properties(DeltaTable table) {
    Row detail = table.detail().select("properties").first();
    return new TreeMap<>(detail.<String, String>getJavaMap(0));
  }

  private static void setMissingProperties(
      SparkSession spark, String tablePath, DataContract contract, Map<String, String> current) {
    List<String> assignments = new ArrayList<>();
    contract.tableProperties().forEach((key, value) -> {
      if (!value.equals(current.get(key))) {
        assignments.add(literal(key) + " = " + literal(value));
      }
    });
    if (!assignments.isEmpty()) {
      spark.sql("ALTER TABLE " + pathIdentifier(tablePath) + " SET TBLPROPERTIES ("
          + String.join(", ", assignments) + ")");
      LOG.info("Set {} table properties on {} at {}", assignments.size(), contract.table(), tablePath);
    }
  }

  private static void addMissingConstraints(
      SparkSession spark, String tablePath, DataContract contract, Map<String, String> current) {
    for (CheckConstraint constraint : CheckConstraint.derivedFrom(contract)) {
      String existing = current.get(constraint.propertyKey());
      if (existing == null) {
        // Delta checks the rows already in the table before it adds the constraint.
        spark.sql("ALTER TABLE " + pathIdentifier(tablePath) + " ADD CONSTRAINT " + constraint.name()
            + " CHECK (" + constraint.expression() + ")");
        LOG.info("Added CHECK constraint {} to {} at {}", constraint.name(), contract.table(), tablePath);
      } else if (!sameExpression(spark, existing, constraint.expression())) {
        throw new IllegalStateException("Delta table at " + tablePath + " has CHECK constraint "
            + constraint.name() + " (" + existing + ") but contract " + contract.source()
            + " derives (" + constraint.expression() + "); drop it with ALTER TABLE ... DROP CONSTRAINT "
            + constraint.name() + " and rerun, or fix the contract.");
      }
    }
  }

  /** Compared as parsed trees: Delta stores the constraint text re-spaced token by token. */
  private static boolean sameExpression(SparkSession spark, String stored, String derived) {
    try {
      return spark.sessionState().sqlParser().parseExpression(stored)
          .equals(spark.sessionState().sqlParser().parseExpression(derived));
    } catch (ParseException e) {
      return false;
    }
  }

  private static String pathIdentifier(String tablePath) {
    return "delta.`" + tablePath.replace("`", "``") + "`";
  }

  private static String literal(String value) {
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
