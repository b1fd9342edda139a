package io.radlake.contract;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * What radlake holds of an ODCS v3 data contract for one output table: its columns, the quality
 * rules the enforcer runs, and the Delta table properties to set.
 *
 * @param table the table's physical name, e.g. {@code bronze.reports_raw}
 * @param owner the owning team's name
 * @param rules implicit rules (from required, unique, primaryKey) first, then quality[] entries
 * @param tableProperties Delta table properties from the {@code deltaTableProperties} custom property
 * @param source where the contract was read from, for error messages
 */
public record DataContract(
    String id,
    String version,
    String status,
    String table,
    String description,
    String owner,
    List<ContractColumn> columns,
    List<QualityRule> rules,
    Map<String, String> tableProperties,
    String source) {

  public DataContract {
    Objects.requireNonNull(table, "table");
    columns = List.copyOf(columns);
    rules = List.copyOf(rules);
    // Sorted so DDL and messages come out the same on every run.
    tableProperties = Collections.unmodifiableMap(new TreeMap<>(tableProperties));
  }

  public Optional<ContractColumn> column(String name) {
    return columns.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  public List<String> columnNames() {
    return columns.stream().map(ContractColumn::name).toList();
  }

  public Optional<QualityRule> rule(String name) {
    return rules.stream().filter(r -> r.name().equals(name)).findFirst();
  }

  public List<RowRule> rowRules() {
    return rules.stream().filter(RowRule.class::isInstance).map(RowRule.class::cast).toList();
  }

  public List<UniqueRule> uniqueRules() {
    return rules.stream().filter(UniqueRule.class::isInstance).map(UniqueRule.class::cast).toList();
  }

  /** The table schema: contract column order, nullable unless required, descriptions as comments. */
  public StructType toSparkSchema() {
    return new StructType(columns.stream().map(ContractColumn::toStructField).toArray(StructField[]::new));
  }
}
