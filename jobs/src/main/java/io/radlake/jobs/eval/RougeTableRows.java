package io.radlake.jobs.eval;

import io.radlake.contract.DataContractLoader;
import io.radlake.eval.report.ReportContext;
import io.radlake.eval.rouge.AggregateScore;
import io.radlake.eval.rouge.DifferenceInterval;
import io.radlake.eval.rouge.RougeType;
import io.radlake.eval.slices.SliceMetric;
import io.radlake.eval.slices.SliceResult;
import io.radlake.eval.summary.EvaluationSummary;
import io.radlake.eval.summary.ModelScores;
import io.radlake.eval.summary.SliceRow;
import io.radlake.spark.Lakehouse;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * The rows of {@code gold.rouge_corpus} (per model and ROUGE type) and {@code gold.rouge_slices} (per model, slice
 * group and ROUGE type) for one evaluation, in the contracts' column order, made on the driver from the summary. A
 * suppressed group's row carries its key and {@code suppressed = true}, every number null.
 */
final class RougeTableRows {
  private final ReportContext context;
  private final EvaluationSummary summary;
  private final List<Row> corpus = new ArrayList<>();
  private final List<Row> slices = new ArrayList<>();
  private final StructType corpusSchema = DataContractLoader.forTable(Lakehouse.ROUGE_CORPUS).toSparkSchema();
  private final StructType slicesSchema = DataContractLoader.forTable(Lakehouse.ROUGE_SLICES).toSparkSchema();

  RougeTableRows(ReportContext context, EvaluationSummary summary) {
    this.context = context;
    this.summary = summary;
    Timestamp at = Timestamp.from(context.evaluatedAt());
    for (ModelScores model : summary.models()) {
      for (Map.Entry<RougeType, AggregateScore> entry : model.corpus().byType().entrySet()) {
        corpus.add(corpusRow(model, entry.getKey(), entry.getValue(), at));
      }
    }
    for (SliceRow row : summary.slices()) {
      for (RougeType type : summary.models().get(0).corpus().byType().keySet()) {
        slices.add(sliceRow(row, type, at));
      }
    }
  }

  Dataset<Row> corpus(SparkSession spark) {
    return spark.createDataFrame(corpus, corpusSchema);
  }

  Dataset<Row> slices(SparkSession spark) {
    return spark.createDataFrame(slices, slicesSchema);
  }

  long corpusRowCount() {
    return corpus.size();
  }

  long sliceRowCount() {
    return slices.size();
  }

  private Row corpusRow(ModelScores model, RougeType type, AggregateScore score, Timestamp at) {
    Object[] row = new Object[corpusSchema.size()];
    set(corpusSchema, row, "run_id", context.evaluationRunId());
    set(corpusSchema, row, "model_id", model.modelId());
    set(corpusSchema, row, "rouge_type", type.key());
    set(corpusSchema, row, "predictions_run_id", context.predictionsRunId());
    set(corpusSchema, row, "build_run_id", context.buildRunId());
    set(corpusSchema, row, "model_kind", model.model().kind());
    set(corpusSchema, row, "model_version", model.model().version());
    set(corpusSchema, row, "examples", summary.examples());
    set(corpusSchema, row, "precision", score.mean().precision());
    set(corpusSchema, row, "precision_low", score.low().precision());
    set(corpusSchema, row, "precision_mid", score.mid().precision());
    set(corpusSchema, row, "precision_high", score.high().precision());
    set(corpusSchema, row, "recall", score.mean().recall());
    set(corpusSchema, row, "recall_low", score.low().recall());
    set(corpusSchema, row, "recall_mid", score.mid().recall());
    set(corpusSchema, row, "recall_high", score.high().recall());
    set(corpusSchema, row, "f1", score.mean().fmeasure());
    set(corpusSchema, row, "f1_low", score.low().fmeasure());
    set(corpusSchema, row, "f1_mid", score.mid().fmeasure());
    set(corpusSchema, row, "f1_high", score.high().fmeasure());
    set(corpusSchema, row, "reference_model_id", summary.referenceModelId());
    model.difference(type).ifPresent((DifferenceInterval d) -> {
      set(corpusSchema, row, "f1_minus_reference", d.mean());
      set(corpusSchema, row, "f1_minus_reference_low", d.low());
      set(corpusSchema, row, "f1_minus_reference_high", d.high());
    });
    set(corpusSchema, row, "use_stemmer", context.useStemmer());
    set(corpusSchema, row, "bootstrap_samples", context.samples());
    set(corpusSchema, row, "confidence", context.confidence());
    set(corpusSchema, row, "seed", context.seed());
    set(corpusSchema, row, "predictions_version", context.tableVersions().get(Lakehouse.PREDICTIONS));
    set(corpusSchema, row, "instruct_pairs_version", context.tableVersions().get(Lakehouse.INSTRUCT_PAIRS));
    set(corpusSchema, row, "silver_version", context.tableVersions().get(Lakehouse.SILVER_REPORTS));
    set(corpusSchema, row, "evaluated_at", at);
    return RowFactory.create(row);
  }

  private Row sliceRow(SliceRow slice, RougeType type, Timestamp at) {
    SliceResult result = slice.result();
    Object[] row = new Object[slicesSchema.size()];
    set(slicesSchema, row, "run_id", context.evaluationRunId());
    set(slicesSchema, row, "model_id", slice.modelId());
    set(slicesSchema, row, "slice_group", result.key().display());
    set(slicesSchema, row, "rouge_type", type.key());
    set(slicesSchema, row, "predictions_run_id", context.predictionsRunId());
    set(slicesSchema, row, "slice", result.key().definition().name());
    set(slicesSchema, row, "slice_values", result.key().values().toArray(String[]::new));
    set(slicesSchema, row, "suppressed", result.suppressed());
    if (!result.suppressed()) {
      SliceMetric metric = result.metric(type);
      set(slicesSchema, row, "n", result.n().getAsInt());
      set(slicesSchema, row, "f1_mean", metric.mean());
      set(slicesSchema, row, "ci_low", metric.ciLow());
      set(slicesSchema, row, "ci_high", metric.ciHigh());
      set(slicesSchema, row, "gap_to_overall", metric.gap());
      set(slicesSchema, row, "gap_to_best", slice.gapToBest(type).orElseThrow());
      set(slicesSchema, row, "ci_excludes_overall", metric.ciExcludesOverall());
    }
    set(slicesSchema, row, "min_group_size", summary.minGroupSize());
    set(slicesSchema, row, "evaluated_at", at);
    return RowFactory.create(row);
  }

  private static void set(StructType schema, Object[] row, String column, Object value) {
    row[schema.fieldIndex(column)] = value;
  }
}
