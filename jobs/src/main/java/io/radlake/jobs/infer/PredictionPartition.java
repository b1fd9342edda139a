package io.radlake.jobs.infer;

import io.radlake.infer.Generation;
import io.radlake.infer.ImpressionModel;
import io.radlake.infer.InferenceInput;
import java.sql.Timestamp;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.spark.SparkEnv;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Generates a partition's predictions with one model: the model is opened once per task ({@link ModelRef#open}),
 * closed when the task ends (a Spark task-completion listener, so also on failure), and rows go through it in
 * batches of {@code batch_size}, pulled lazily so a partition never sits in memory whole.
 *
 * <p>Input columns: example_key, split, build_run_id, instruction, input. Output: gold.predictions' columns.
 */
final class PredictionPartition implements MapPartitionsFunction<Row, Row> {

  private final ModelRef model;
  private final String runId;
  private final Timestamp createdAt;

  PredictionPartition(ModelRef model, String runId, Timestamp createdAt) {
    this.model = model;
    this.runId = runId;
    this.createdAt = createdAt;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    if (!rows.hasNext()) {
      return rows; // no model load for an empty partition
    }
    TaskContext task = TaskContext.get();
    Map<String, org.apache.spark.resource.ResourceInformation> resources =
        task == null ? Map.of() : task.resourcesJMap();
    ImpressionModel generator = model.open(resources);
    if (task != null) {
      task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) ctx -> generator.close());
    }
    String executorId = SparkEnv.get() == null ? "driver" : SparkEnv.get().executorId();
    String params = model.generationParams();
    int batchSize = model.config().batchSize();
    return new Iterator<>() {
      private final ArrayDeque<Row> ready = new ArrayDeque<>();

      @Override
      public boolean hasNext() {
        if (ready.isEmpty() && rows.hasNext()) {
          fill();
        }
        return !ready.isEmpty();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return ready.poll();
      }

      private void fill() {
        List<Row> batch = new ArrayList<>(batchSize);
        List<InferenceInput> inputs = new ArrayList<>(batchSize);
        while (batch.size() < batchSize && rows.hasNext()) {
          Row r = rows.next();
          batch.add(r);
          inputs.add(new InferenceInput(r.getAs("instruction"), r.getAs("input")));
        }
        long started = System.nanoTime();
        List<Generation> out = generator.generate(inputs);
        double latencyMs = (System.nanoTime() - started) / 1e6 / batch.size();
        for (int i = 0; i < batch.size(); i++) {
          Row in = batch.get(i);
          Generation g = out.get(i);
          ready.add(RowFactory.create(runId, model.modelId(), in.getAs("example_key"), in.getAs("split"),
              in.getAs("build_run_id"), model.kind(), model.version(), params, g.text(), g.inputTokens(),
              g.outputTokens(), g.inputTruncated(), latencyMs, generator.device(), executorId, createdAt));
        }
      }
    };
  }
}
