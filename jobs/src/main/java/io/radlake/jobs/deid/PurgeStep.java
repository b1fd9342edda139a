package io.radlake.jobs.deid;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.udf;

import io.delta.tables.DeltaTable;
import io.radlake.clean.DuplicateKeys;
import io.radlake.deid.spark.DeidJobSettings;
import io.radlake.deid.spark.DeidSchema;
import io.radlake.deid.spark.DeidentifyPartition;
import io.radlake.spark.Lakehouse;
import io.radlake.spark.SparkSteps;
import io.radlake.spark.StepResult;
import io.radlake.spark.TimeTravel;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.collection.JavaConverters;

/**
 * Removes a leaked string for good from every table that holds de-identified text: the affected silver rows are
 * re-de-identified from bronze with the current engine and the strings masked (or deleted), affected rows of
 * derived tables ({@code gold.instruct_pairs}) are deleted (rebuild the dataset afterwards), files holding
 * deletion vectors are rewritten, and old files are vacuumed with the given retention, so no table version that
 * can still be read contains a string. Verifies that by reading every version left in each table's history.
 *
 * <p>The strings never enter a Delta commit: rows are matched by key, not by a predicate on the text, and the
 * silver contract keeps text columns out of file statistics. Shuffles for the key join and the MERGE.
 */
public final class PurgeStep {
  public static final String JOB = "purge";
  private static final Logger LOG = LoggerFactory.getLogger(PurgeStep.class);
  private static final List<String> REPORT_KEYS = List.of("report_key", "report_version");

  /**
   * A table holding de-identified text: its text columns, the key its rows are matched on, and whether a row can
   * be re-de-identified from bronze (a silver row) or only deleted (a derived row: rebuild it instead).
   */
  record Target(String table, List<String> textColumns, List<String> keys, boolean redeidentifiable) {}

  /** Every table with de-identified text. Later jobs add theirs here. */
  static final List<Target> TARGETS = List.of(
      new Target(Lakehouse.SILVER_REPORTS,
          List.of("report_text", "indication", "technique", "comparison", "findings", "impression", "addendum"),
          REPORT_KEYS, true),
      new Target(Lakehouse.INSTRUCT_PAIRS, List.of("instruction", "input", "output", "system_prompt"),
          List.of("example_key"), false),
      // A model can copy a surrogate, or a leaked string, from its input into what it generates.
      new Target(Lakehouse.PREDICTIONS, List.of("generated_text"), List.of("run_id", "model_id", "example_key"),
          false));

  /** What to do with an affected row. */
  public enum Action { REDEIDENTIFY, DELETE }

  private final SparkSession spark;
  private LeakedStrings strings;
  private Action action = Action.REDEIDENTIFY;
  private DeidJobSettings settings;
  private double retentionHours = 0;
  private Lakehouse lakehouse;
  private String runId;

  public PurgeStep(SparkSession spark) {
    this.spark = spark;
  }

  public PurgeStep strings(LeakedStrings strings) {
    this.strings = strings;
    return this;
  }

  public PurgeStep action(Action action) {
    this.action = action;
    return this;
  }

  /** Needed for REDEIDENTIFY: the same secret as the original run, so keys and surrogates stay the same. */
  public PurgeStep settings(DeidJobSettings settings) {
    this.settings = settings;
    return this;
  }

  public PurgeStep retentionHours(double hours) {
    if (hours < 0) {
      throw new IllegalArgumentException("--retention-hours must be >= 0, got: " + hours);
    }
    this.retentionHours = hours;
    return this;
  }

  public PurgeStep lakehouse(Lakehouse lakehouse) {
    this.lakehouse = lakehouse;
    return this;
  }

  public PurgeStep runId(String runId) {
    this.runId = runId;
    return this;
  }

  public StepResult execute() {
    if (strings == null || lakehouse == null || runId == null || (action == Action.REDEIDENTIFY && settings == null)) {
      throw new IllegalStateException(
          "PurgeStep needs strings(...), lakehouse(...), runId(...) and, to re-de-identify, settings(...)");
    }
    Instant started = Instant.now();
    return SparkSteps.named(spark, JOB, runId, "purge " + strings + " from de-identified tables", () -> run(started));
  }

  private StepResult run(Instant started) {
    Map<String, String> details = new TreeMap<>();
    details.put("action", action.name());
    details.put("strings", Integer.toString(strings.size()));
    long affectedTotal = 0;
    long stillReadable = 0;
    for (Target target : TARGETS) {
      String path = lakehouse.tablePath(target.table());
      if (!DeltaTable.isDeltaTable(spark, path)) {
        continue;
      }
      SparkSteps.describe(spark, JOB, "find affected rows of " + target.table());
      Dataset<Row> current = spark.read().format("delta").load(path);
      Dataset<Row> affected = current.filter(strings.foundIn(searchable(current, target.textColumns())))
          .select(target.keys().stream().map(Column::new).toArray(Column[]::new))
          .cache();
      try {
        long n = affected.count();
        affectedTotal += n;
        details.put(target.table() + ".affected_rows", Long.toString(n));
        if (n > 0) {
          boolean delete = action == Action.DELETE || !target.redeidentifiable();
          SparkSteps.describe(spark, JOB, (delete ? "delete" : "re-de-identify") + " affected rows of "
              + target.table());
          if (delete) {
            delete(path, target.keys(), affected);
          } else {
            redeidentify(path, target.textColumns(), affected);
          }
        }
      } finally {
        affected.unpersist();
      }
      SparkSteps.describe(spark, JOB, "rewrite deletion vectors and vacuum " + target.table());
      removeOldFiles(path);
      long leaking = leakingVersions(path, target.textColumns(), details, target.table());
      stillReadable += leaking;
    }
    details.put("versions_still_containing_strings", Long.toString(stillReadable));
    StepResult result = new StepResult(runId, JOB, action.name().toLowerCase(), started, Instant.now(), affectedTotal,
        affectedTotal, 0, 0, stillReadable == 0 ? StepResult.SUCCEEDED : StepResult.FAILED, details);
    LOG.info(result.summary());
    return result;
  }

  private void delete(String path, List<String> keys, Dataset<Row> affected) {
    DeltaTable.forPath(spark, path).as("t").merge(affected.as("s"), matchOn(keys)).whenMatched().delete().execute();
  }

  private void redeidentify(String path, List<String> textColumns, Dataset<Row> affected) {
    // Persisted: the MERGE and the check for rows missing from bronze both read it, and it costs a
    // de-identification and a Spark NLP pass per row.
    Dataset<Row> redone = redeidentified(affected, textColumns).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      merge(path, textColumns, redone.unionByName(missingFromBronze(affected, redone), true));
    } finally {
      redone.unpersist();
    }
  }

  private void merge(String path, List<String> textColumns, Dataset<Row> redone) {
    Map<String, Column> set = new LinkedHashMap<>();
    for (String c : textColumns) {
      set.put(c, col("s." + c));
    }
    for (String section : ReportStructure.SECTIONS) {
      set.put(section + "_sentences", col("s." + section + "_sentences"));
      set.put(section + "_words", col("s." + section + "_words"));
    }
    set.put("phi_spans_replaced", col("s.phi_spans_replaced"));
    set.put("text_hash", col("s.text_hash"));
    set.put("deid_version", lit(settings.version()));
    set.put("deid_run_id", lit(runId));
    set.put("processed_at", lit(Timestamp.from(Instant.now())));
    // A report that fails now is deleted: never keep the old text.
    DeltaTable.forPath(spark, path).as("t").merge(redone.as("s"), matchOn(REPORT_KEYS))
        .whenMatched("s.failure_reason IS NOT NULL").delete()
        .whenMatched().update(set)
        .execute();
  }

  /** The affected rows de-identified again from bronze by the current engine, with the strings masked. */
  private Dataset<Row> redeidentified(Dataset<Row> affected, List<String> textColumns) {
    Dataset<Row> sources = spark.read().format("delta").load(lakehouse.tablePath(Lakehouse.BRONZE_REPORTS))
        .withColumn("report_key", DeidentifyStep.reportKeyUdf(settings).apply(col("report_id")))
        .join(affected, JavaConverters.asScalaBuffer(REPORT_KEYS).toList())
        .select(Arrays.stream(DeidSchema.INPUT_COLUMNS).map(Column::new).toArray(Column[]::new));
    Dataset<Row> redone = sources.mapPartitions(new DeidentifyPartition(settings), Encoders.row(DeidSchema.OUTPUT));
    UserDefinedFunction mask = strings.maskFunction();
    for (String c : textColumns) {
      redone = redone.withColumn(c, mask.apply(col(c)));
    }
    return ReportStructure.annotate(redone.withColumn("text_hash",
        udf((UDF1<String, String>) DuplicateKeys::exactKey, DataTypes.StringType).apply(col("report_text"))));
  }

  /** Bronze rows that are gone leave their silver row unmatched by {@code redone}: marked failed, so deleted. */
  private static Dataset<Row> missingFromBronze(Dataset<Row> affected, Dataset<Row> redone) {
    return affected.join(redone.select(REPORT_KEYS.stream().map(Column::new).toArray(Column[]::new)),
            JavaConverters.asScalaBuffer(REPORT_KEYS).toList(), "left_anti")
        .withColumn("failure_reason", lit("bronze row missing"));
  }

  private static String matchOn(List<String> keys) {
    return String.join(" AND ", keys.stream().map(k -> "t." + k + " = s." + k).toList());
  }

  /**
   * The text columns plus every array-of-string column (sentence splits and the like), joined by newlines: any
   * copy of the text must be searched, whatever shape it has.
   */
  private static List<Column> searchable(Dataset<Row> table, List<String> textColumns) {
    List<Column> columns = new ArrayList<>();
    for (StructField f : table.schema().fields()) {
      if (textColumns.contains(f.name())) {
        columns.add(col(f.name()));
      } else if (f.dataType() instanceof ArrayType a && a.elementType() == DataTypes.StringType) {
        columns.add(concat_ws("\n", col(f.name())));
      }
    }
    return columns;
  }

  private void removeOldFiles(String path) {
    String table = "delta.`" + path.replace("`", "``") + "`";
    // Files that only deletion vectors hide still hold the old rows: rewrite them before vacuuming.
    spark.sql("REORG TABLE " + table + " APPLY (PURGE)");
    String check = "spark.databricks.delta.retentionDurationCheck.enabled";
    String before = spark.conf().get(check, "true");
    spark.conf().set(check, "false");
    try {
      DeltaTable.forPath(spark, path).vacuum(retentionHours);
    } finally {
      spark.conf().set(check, before);
    }
  }

  /**
   * Reads every version left in the history whose files all still exist (time travel to any other fails) and
   * counts those that still hold a string: 0 after a purge.
   */
  private long leakingVersions(String path, List<String> textColumns, Map<String, String> details, String name) {
    List<Row> history = DeltaTable.forPath(spark, path).history().select("version").collectAsList();
    long readable = 0;
    long leaking = 0;
    for (Row h : history) {
      long version = h.getLong(0);
      Dataset<Row> snapshot = spark.read().format("delta").option("versionAsOf", version).load(path);
      if (!TimeTravel.filesExist(spark, snapshot)) {
        continue;
      }
      readable++;
      if (snapshot.filter(strings.foundIn(searchable(snapshot, textColumns))).count() > 0) {
        leaking++;
      }
    }
    details.put(name + ".versions_readable", Long.toString(readable));
    details.put(name + ".versions_in_history", Long.toString(history.size()));
    return leaking;
  }
}
