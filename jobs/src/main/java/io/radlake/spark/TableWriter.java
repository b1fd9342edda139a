package io.radlake.spark;

import io.delta.tables.DeltaTable;
import io.radlake.contract.ContractEnforcer;
import io.radlake.contract.DataContract;
import io.radlake.contract.DataContractLoader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Every commit to a radlake table goes through here: the table is created from its data contract
 * when missing, and a batch that breaks the contract is refused before anything is written.
 */
public final class TableWriter {
  private final SparkSession spark;
  private final Lakehouse lakehouse;
  private final ContractEnforcer enforcer = new ContractEnforcer();
  // Contracts by table, each parsed and its table ensured (schema and properties read) once per writer.
  private final Map<String, DataContract> prepared = new HashMap<>();

  public TableWriter(SparkSession spark, Lakehouse lakehouse) {
    this.spark = spark;
    this.lakehouse = lakehouse;
  }

  /** Creates the table from its contract if missing; returns its path. */
  public String prepare(String table) {
    contract(table);
    return lakehouse.tablePath(table);
  }

  /** The table's contract; the table is created from it (if missing) on first use. */
  private DataContract contract(String table) {
    return prepared.computeIfAbsent(table, t -> {
      DataContract contract = DataContractLoader.forTable(t);
      enforcer.ensureTable(spark, lakehouse.tablePath(t), contract);
      return contract;
    });
  }

  /**
   * Inserts the rows whose key is not in the table yet (an insert-only MERGE, so a rerun or a
   * concurrent run adds nothing twice), after checking the batch against the contract.
   *
   * @return the commit's operation metrics (e.g. numTargetRowsInserted); empty when nothing was
   *     committed
   */
  public Map<String, String> mergeNew(String table, Dataset<Row> batch, List<String> keys) {
    String path = prepare(table);
    enforcer.enforce(batch, contract(table));
    DeltaTable target = DeltaTable.forPath(spark, path);
    long before = target.history(1).first().getLong(0);
    String condition = keys.stream().map(k -> "t." + k + " = s." + k).collect(Collectors.joining(" AND "));
    target.as("t").merge(batch.as("s"), condition).whenNotMatched().insertAll().execute();
    FaultInjection.afterCommit(table);
    return lastCommitMetrics(target, before);
  }

  /**
   * Replaces the table's content with {@code batch} in one commit, after checking the batch against the
   * contract (for snapshot tables such as gold.instruct_pairs, rebuilt whole by each run). Table properties and
   * CHECK constraints stay; earlier content remains readable by Delta time travel until vacuumed.
   */
  public void replace(String table, Dataset<Row> batch) {
    String path = prepare(table);
    enforcer.enforce(batch, contract(table));
    batch.write().format("delta").mode("overwrite").save(path);
    FaultInjection.afterCommit(table);
  }

  /** Appends rows (for tables such as ops.run_metrics that only ever grow). */
  public void append(String table, Dataset<Row> batch) {
    String path = prepare(table);
    enforcer.enforce(batch, contract(table));
    batch.write().format("delta").mode("append").save(path);
    FaultInjection.afterCommit(table);
  }

  private static Map<String, String> lastCommitMetrics(DeltaTable table, long versionBefore) {
    Row last = table.history(1).first();
    if (last.getLong(0) == versionBefore) {
      return Map.of();
    }
    Map<String, String> metrics = last.getJavaMap(last.fieldIndex("operationMetrics"));
    return metrics == null ? Map.of() : new HashMap<>(metrics);
  }
}
