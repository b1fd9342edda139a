package io.radlake.jobs.eval;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;

import io.radlake.eval.summary.ModelInfo;
import io.radlake.spark.Lakehouse;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The rows of one radlake infer run that an evaluation scores, after the --models and --split choices, with what
 * they hold: the models (models first, then baselines, each by id), the one dataset build they were made from, and
 * their splits. Everything is decided from one small aggregate of gold.predictions (a row per run, model, build and
 * split), so choosing costs one Spark job.
 *
 * @param rowCount rows of {@code rows}
 */
record PredictionsRun(String runId, Dataset<Row> rows, long rowCount, List<ModelInfo> models, String buildRunId,
    List<String> splits) {

  /** Models first, then baselines, each by id. */
  static final Comparator<ModelInfo> MODEL_ORDER =
      Comparator.comparing(ModelInfo::isBaseline).thenComparing(ModelInfo::modelId);

  /**
   * @param runId  the run to score; null for the run with the latest created_at (ties: the greatest id)
   * @param models the models to keep; empty for all of the run's
   * @param split  the split to keep; null for all
   */
  static PredictionsRun of(Dataset<Row> predictions, String runId, List<String> models, String split) {
    List<Row> groups = predictions
        .groupBy("run_id", "model_id", "model_kind", "model_version", "build_run_id", "split")
        .agg(count(lit(1)).as("_rows"), max("created_at").as("_at")).collectAsList();
    if (groups.isEmpty()) {
      throw new IllegalArgumentException(Lakehouse.PREDICTIONS + " holds no runs yet: run radlake infer first");
    }
    String run = runId != null ? runId : latestRuns(groups).get(0);
    List<Row> ofRun = groups.stream().filter(g -> g.getString(0).equals(run)).toList();
    if (ofRun.isEmpty()) {
      throw new IllegalArgumentException(Lakehouse.PREDICTIONS + " holds no rows of run " + run + "; its latest"
          + " runs: " + String.join(", ", latestRuns(groups).stream().limit(5).toList()));
    }
    Map<String, ModelInfo> byId = new TreeMap<>();
    TreeSet<String> splits = new TreeSet<>();
    for (Row g : ofRun) {
      ModelInfo model = new ModelInfo(g.getString(1), g.getString(2), g.getString(3));
      ModelInfo other = byId.putIfAbsent(model.modelId(), model);
      if (other != null && !other.equals(model)) {
        throw new IllegalStateException("run " + run + " holds model " + model.modelId() + " in two versions or"
            + " kinds: " + other + " and " + model);
      }
      splits.add(g.getString(5));
    }
    for (String model : models) {
      if (!byId.containsKey(model)) {
        throw new IllegalArgumentException("--models names '" + model + "', which run " + run
            + " does not hold; it holds: " + String.join(", ", byId.keySet()));
      }
    }
    if (split != null && !splits.contains(split)) {
      throw new IllegalArgumentException("--split must be a split of run " + run + " (" + String.join(", ", splits)
          + "), got: " + split);
    }
    List<String> kept = models.isEmpty() ? List.copyOf(byId.keySet()) : models;
    TreeSet<String> builds = new TreeSet<>();
    TreeSet<String> keptSplits = new TreeSet<>();
    long count = 0;
    for (Row g : ofRun) {
      if (kept.contains(g.getString(1)) && (split == null || split.equals(g.getString(5)))) {
        builds.add(g.getString(4));
        keptSplits.add(g.getString(5));
        count += g.getLong(6);
      }
    }
    if (builds.size() != 1) {
      throw new IllegalArgumentException("run " + run + " was made from several dataset builds " + builds
          + "; evaluate one at a time (--models)");
    }
    List<ModelInfo> infos = new ArrayList<>();
    kept.forEach(id -> infos.add(byId.get(id)));
    infos.sort(MODEL_ORDER);
    Dataset<Row> rows = predictions.filter(col("run_id").equalTo(run)).filter(col("model_id").isin(kept.toArray()));
    if (split != null) {
      rows = rows.filter(col("split").equalTo(split));
    }
    return new PredictionsRun(run, rows, count, List.copyOf(infos), builds.first(), List.copyOf(keptSplits));
  }

  /** Run ids, latest created_at first (ties: the greatest id first). */
  private static List<String> latestRuns(List<Row> groups) {
    Map<String, Timestamp> latest = new TreeMap<>();
    for (Row g : groups) {
      latest.merge(g.getString(0), g.getTimestamp(7), (a, b) -> a.after(b) ? a : b);
    }
    return latest.entrySet().stream()
        .sorted(Map.Entry.<String, Timestamp>comparingByValue().reversed()
            .thenComparing(Map.Entry.<String, Timestamp>comparingByKey().reversed()))
        .map(Map.Entry::getKey).toList();
  }
}
