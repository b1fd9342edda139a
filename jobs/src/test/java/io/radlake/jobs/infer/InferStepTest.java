package io.radlake.jobs.infer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.delta.tables.DeltaTable;
import io.radlake.contract.DataContractLoader;
import io.radlake.infer.GenerationConfig;
import io.radlake.infer.Generation;
import io.radlake.infer.InferenceInput;
import io.radlake.infer.ModelCache;
import io.radlake.infer.ModelFolder;
import io.radlake.infer.TorchGenerator;
import io.radlake.infer.baseline.Baseline;
import io.radlake.spark.Lakehouse;
import io.radlake.spark.TableWriter;
import io.radlake.testing.OtherSchemeLocalFileSystem;
import io.radlake.testing.RepoPaths;
import io.radlake.testing.SparkTestBase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class InferStepTest extends SparkTestBase {

  private static final String BUILD = "build-1";
  private static Lakehouse lakehouse;
  private static Path model;

  /** Six test examples (one with an input far longer than the model's context), two train examples. */
  @BeforeAll
  static void pairs() throws Exception {
    lakehouse = new Lakehouse(newFolder("lake").toString());
    model = copyOf(RepoPaths.root().resolve("udfs/src/test/resources/models/tiny-seq2seq"));
    List<Row> rows = new ArrayList<>();
    String[] findings = {
        "The lungs are clear. Heart size is normal.",
        "Stable nodule in right upper lobe.",
        "No pleural effusion or pneumothorax. Mild degenerative change of spine.",
        "There is no acute process.",
        "INDICATION: Cough.\nFINDINGS: The lungs are clear.",
        "The lungs are clear. ".repeat(80)};
    for (int i = 0; i < findings.length; i++) {
      rows.add(pair("ex_a" + i, "test", findings[i], "No acute process."));
    }
    rows.add(pair("ex_b1", "train", "Heart size is normal.", "Normal heart."));
    rows.add(pair("ex_b2", "train", "The lungs are clear.", "Normal heart."));
    new TableWriter(spark, lakehouse).replace(Lakehouse.INSTRUCT_PAIRS, spark.createDataFrame(rows,
        DataContractLoader.forTable(Lakehouse.INSTRUCT_PAIRS).toSparkSchema()));
  }

  private static Row pair(String key, String split, String input, String output) {
    return RowFactory.create(key, split, "t01", "Derive the impression from the findings of this report.", input,
        output, "", "CR", "chest", "p_" + key.substring(3), "r_" + key.substring(3), 10, 3, 42L, 0L, BUILD);
  }

  private static Path copyOf(Path dir) throws Exception {
    Path copy = newFolder("model");
    try (var files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.copy(f, copy.resolve(f.getFileName()));
      }
    }
    return copy;
  }

  private InferResult run(String runId, String modelDir, List<Baseline> baselines, int batchSize) {
    return new InferStep(spark).lakehouse(lakehouse).runId(runId).model(modelDir).baselines(baselines)
        .config(GenerationConfig.greedy(6).withBatchSize(batchSize)).partitions(3).execute();
  }

  private List<Row> predictions(String runId) {
    return spark.read().format("delta").load(lakehouse.tablePath(Lakehouse.PREDICTIONS))
        .filter("run_id = '" + runId + "'").orderBy("model_id", "example_key").collectAsList();
  }

  @Test
  void theModelAndTheBaselinesWriteOneRowPerExampleWithTheTextOfADirectCall() {
    int loadsBefore = ModelCache.loads();
    InferResult result = run("infer-1", model.toString(), List.of(Baseline.values()), 4);

    assertThat(result.buildRunId()).isEqualTo(BUILD);
    assertThat(result.step().rowsIn()).isEqualTo(6);
    assertThat(result.step().rowsOut()).isEqualTo(6 * 5);
    assertThat(result.models()).extracting(InferResult.ModelSummary::modelId).containsExactly("tiny-seq2seq",
        "baseline:copy-findings", "baseline:first-sentence", "baseline:abnormal-sentences", "baseline:constant");
    // Three tasks of the model in one JVM: one load.
    assertThat(ModelCache.loads() - loadsBefore).isEqualTo(1);

    List<Row> rows = predictions("infer-1");
    Map<String, List<Row>> byModel = rows.stream().collect(Collectors.groupingBy(r -> r.getAs("model_id")));
    List<Row> neural = byModel.get("tiny-seq2seq");
    ModelFolder folder = ModelFolder.open(model);
    try (TorchGenerator direct = new TorchGenerator(ModelCache.acquire(folder, "cpu"), GenerationConfig.greedy(6))) {
      for (Row r : neural) {
        Row pair = spark.read().format("delta").load(lakehouse.tablePath(Lakehouse.INSTRUCT_PAIRS))
            .filter("example_key = '" + r.getAs("example_key") + "'").first();
        Generation alone = direct.generate(List.of(new InferenceInput(pair.getAs("instruction"), pair.getAs("input"))))
            .get(0);
        assertThat((String) r.getAs("generated_text")).isEqualTo(alone.text());
        assertThat((Integer) r.getAs("input_tokens")).isEqualTo(alone.inputTokens());
        assertThat((Boolean) r.getAs("input_truncated")).isEqualTo(alone.inputTruncated());
      }
    }
    assertThat(neural).allSatisfy(r -> {
      assertThat((String) r.getAs("model_kind")).isEqualTo("torchscript");
      assertThat((String) r.getAs("model_version")).isEqualTo(folder.version());
      assertThat((String) r.getAs("device")).isEqualTo("cpu");
      assertThat((String) r.getAs("executor_id")).isEqualTo("driver");
      assertThat((String) r.getAs("generation_params")).isEqualTo(
          "{\"decoding\":\"greedy\",\"beam_size\":1,\"max_new_tokens\":6,\"stop\":[],\"batch_size\":4}");
      assertThat((Double) r.getAs("latency_ms")).isPositive();
    });
    assertThat(neural).filteredOn(r -> r.<Boolean>getAs("input_truncated")).extracting(r -> r.getAs("example_key"))
        .containsExactly("ex_a5");
    assertThat(byModel.get("baseline:constant")).allSatisfy(
        r -> assertThat((String) r.getAs("generated_text")).isEqualTo("Normal heart."));
    assertThat(byModel.get("baseline:copy-findings")).filteredOn(r -> r.getAs("example_key").equals("ex_a4"))
        .singleElement().satisfies(r -> assertThat((String) r.getAs("generated_text")).isEqualTo("The lungs are clear."));
  }

  @Test
  void batchSizeDoesNotChangeWhatIsGenerated() {
    run("infer-b1", model.toString(), List.of(), 1);
    run("infer-b8", model.toString(), List.of(), 8);
    assertThat(predictions("infer-b8")).extracting(r -> r.getAs("example_key") + "=" + r.getAs("generated_text"))
        .isEqualTo(predictions("infer-b1").stream().map(r -> r.getAs("example_key") + "=" + r.getAs("generated_text"))
            .toList());
  }

  /**
   * The two ways a cluster gets the model besides a shared path: a name shipped with --archives / --files (Spark's
   * files root) and a Hadoop URI copied once per JVM to local disk. Both give the rows of the local folder.
   */
  @Test
  void aModelShippedToSparkFilesOrOnAHadoopFileSystemGivesTheRowsOfTheLocalFolder() throws Exception {
    run("infer-local", model.toString(), List.of(), 4);
    Path shipped = copyOf(model);
    spark.sparkContext().addFile(shipped.toString(), true);
    String name = shipped.getFileName().toString();
    assertThat(Path.of(name)).as("the name alone is no folder here: only Spark's files root has it").doesNotExist();
    run("infer-shipped", name, List.of(), 4);

    Path remote = copyOf(model);
    String uri = OtherSchemeLocalFileSystem.SCHEME + "://" + remote.toAbsolutePath();
    run("infer-uri", uri, List.of(), 4);

    List<String> local = textsByExample("infer-local");
    assertThat(local).hasSize(6);
    assertThat(textsByExample("infer-shipped")).isEqualTo(local);
    assertThat(textsByExample("infer-uri")).isEqualTo(local);
    String version = ModelFolder.open(model).version();
    assertThat(Path.of(System.getProperty("java.io.tmpdir"), "radlake-models", version, "model.pt"))
        .as("the URI's copy on local disk, named by the model's version").isRegularFile();

    Path incomplete = copyOf(model);
    Files.delete(incomplete.resolve("tokenizer.json"));
    String incompleteUri = OtherSchemeLocalFileSystem.SCHEME + "://" + incomplete.toAbsolutePath();
    assertThatThrownBy(() -> run("infer-incomplete", incompleteUri, List.of(), 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("model folder " + incompleteUri + " has no tokenizer.json");
  }

  private List<String> textsByExample(String runId) {
    return predictions(runId).stream()
        .map(r -> r.getAs("example_key") + " " + r.getAs("model_version") + " " + r.getAs("generated_text")).toList();
  }

  @Test
  void aMissingModelFailsOnTheDriverBeforeAnyTaskAndWritesNothing() throws Exception {
    long before = version();
    Path empty = newFolder("no-model");
    assertThatThrownBy(() -> run("infer-missing", empty.toString(), List.of(), 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("model folder " + empty + " has no model.pt");
    assertThat(version()).isEqualTo(before);
  }

  @Test
  void aModelThatCannotBeLoadedFailsTheRunWithTheFileNamedAndWritesNothing() throws Exception {
    long before = version();
    Path broken = copyOf(model);
    byte[] bytes = Files.readAllBytes(broken.resolve("model.pt"));
    for (int i = 2000; i < 60000; i++) {
      bytes[i] = 0;
    }
    Files.write(broken.resolve("model.pt"), bytes);
    assertThatThrownBy(() -> run("infer-broken", broken.toString(), List.of(), 4))
        .hasStackTraceContaining("cannot load the TorchScript model " + broken.resolve("model.pt") + " on cpu");
    assertThat(version()).isEqualTo(before);
  }

  @Test
  void badOptionsSayWhatIsAllowed() {
    assertThatThrownBy(() -> new InferStep(spark).lakehouse(lakehouse).runId("x").execute())
        .hasMessageStartingWith("nothing to run: give --model and/or --baselines");
    assertThatThrownBy(() -> new InferStep(spark).lakehouse(lakehouse).runId("x").baselines(List.of(Baseline.CONSTANT))
        .split("dev").execute()).hasMessage("--split must be train, validation or test, got: dev");
  }

  private long version() {
    String path = lakehouse.tablePath(Lakehouse.PREDICTIONS);
    return DeltaTable.isDeltaTable(spark, path) ? DeltaTable.forPath(spark, path).history(1).first().getLong(0) : -1;
  }
}
