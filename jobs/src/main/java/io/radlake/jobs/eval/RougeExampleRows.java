package io.radlake.jobs.eval;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import io.radlake.contract.DataContractLoader;
import io.radlake.eval.report.ReportContext;
import io.radlake.eval.rouge.RougeType;
import io.radlake.eval.spark.RougeScoringPartition;
import io.radlake.eval.summary.StudyClass;
import io.radlake.spark.Lakehouse;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.StructField;

/**
 * The rows of {@code gold.rouge_scores}: one per (model, example) as {@link RougeScoringPartition} scored it on the
 * executors, in the contract's column order, built from that Dataset so the rows never pass through the driver.
 * Keeps the examples every model was scored on, as the driver's summary does, so that the mean of a score column per
 * model is the corpus mean in {@code gold.rouge_corpus}. Shuffles: a count per example_key (a window).
 */
final class RougeExampleRows {
  /** The slice attributes every row carries, whatever --slices names (instruct_pairs and silver columns). */
  static final List<String> ATTRIBUTES =
      List.of("patient_sex", "age_band", "modality", "body_part", "site_id", "split");

  private RougeExampleRows() {}

  /**
   * @param scored     the output of {@link RougeScoringPartition} with {@link #ATTRIBUTES} among its pass-through
   *                   attributes
   * @param modelCount the models of the run: an example scored for fewer of them is left out
   */
  static Dataset<Row> of(Dataset<Row> scored, ReportContext context, int modelCount) {
    Map<String, Column> columns = new HashMap<>();
    columns.put("run_id", lit(context.evaluationRunId()));
    columns.put("model_id", col(RougeScoringPartition.MODEL_ID));
    columns.put("example_key", col(RougeScoringPartition.EXAMPLE_KEY));
    columns.put("predictions_run_id", lit(context.predictionsRunId()));
    columns.put("build_run_id", lit(context.buildRunId()));
    for (RougeType type : RougeType.values()) {
      columns.put(column(type, "precision"), col(RougeScoringPartition.column(type, "precision")));
      columns.put(column(type, "recall"), col(RougeScoringPartition.column(type, "recall")));
      columns.put(column(type, "f1"), col(RougeScoringPartition.column(type, "fmeasure")));
    }
    columns.put("abnormal", col(StudyClass.ATTRIBUTE).equalTo(StudyClass.ABNORMAL));
    ATTRIBUTES.forEach(attribute -> columns.put(attribute, col(attribute)));
    columns.put("reference_tokens", col(RougeScoringPartition.REFERENCE_TOKENS));
    columns.put("generated_tokens", col(RougeScoringPartition.GENERATED_TOKENS));
    columns.put("evaluated_at", lit(Timestamp.from(context.evaluatedAt())));

    List<Column> select = new ArrayList<>();
    for (StructField field : DataContractLoader.forTable(Lakehouse.ROUGE_SCORES).toSparkSchema().fields()) {
      select.add(columns.get(field.name()).cast(field.dataType()).as(field.name()));
    }
    return scored
        .withColumn("_models", count(lit(1)).over(Window.partitionBy(RougeScoringPartition.EXAMPLE_KEY)))
        .filter(col("_models").equalTo(modelCount))
        .select(select.toArray(Column[]::new));
  }

  /** The table's column of a ROUGE type and measure, e.g. rougeLsum_f1. */
  static String column(RougeType type, String measure) {
    return type.key() + "_" + measure;
  }
}
