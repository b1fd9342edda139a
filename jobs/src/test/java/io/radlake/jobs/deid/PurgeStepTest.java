package io.radlake.jobs.deid;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import io.delta.tables.DeltaTable;
import io.radlake.deid.DeidMode;
import io.radlake.deid.DeidSecret;
import io.radlake.deid.spark.DeidJobSettings;
import io.radlake.ingest.ColumnMapping;
import io.radlake.ingest.IngestSettings;
import io.radlake.infer.baseline.Baseline;
import io.radlake.jobs.dataset.BuildDatasetStep;
import io.radlake.jobs.infer.InferStep;
import io.radlake.jobs.ingest.IngestStep;
import io.radlake.spark.Lakehouse;
import io.radlake.spark.StepResult;
import io.radlake.testing.LogCapture;
import io.radlake.testing.SparkTestBase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A string the engine missed is planted in two reports that reach silver in two different commits, the dataset
 * builds after each, and the predictions of a baseline that copies it; after the purge no table version that time
 * travel can still read holds it, and neither do the Delta log, the logs or the metrics.
 */
class PurgeStepTest extends SparkTestBase {
  /** A made-up name, lower case and without title, label or context: the rules cannot know it, so it leaks. */
  private static final String LEAK = "vexmoorlund";
  private static final DeidSecret SECRET = DeidSecret.fromEnvironment(
      Map.of("RADLAKE_DEID_SECRET", "purge-test-secret-that-is-long-enough-0123456789"));
  private static final DeidJobSettings SETTINGS = new DeidJobSettings(DeidMode.TAGS, List.of(), SECRET);

  private static Path leakyLakehouse;

  @BeforeAll
  static void ingestAndDeidentifyTwice() throws IOException {
    leakyLakehouse = Path.of(leakyLakehouse("template").root());
  }

  @Test
  void reDeidentifiedRowsLoseTheStringInEveryReadableVersion() throws IOException {
    Lakehouse lake = copyOfLeakyLakehouse("redeidentify");
    String silver = lake.tablePath(Lakehouse.SILVER_REPORTS);
    Map<String, String> before = texts(spark.read().format("delta").load(silver));
    String gold = lake.tablePath(Lakehouse.INSTRUCT_PAIRS);
    assertThat(hitsPerVersion(silver).values()).as("precondition: the leak is in two versions").contains(1L, 2L);
    assertThat(hitsPerVersion(gold, "input").values()).as("precondition: and in two builds").contains(1L, 2L);
    long examplesBefore = spark.read().format("delta").load(gold).count();
    String predictions = lake.tablePath(Lakehouse.PREDICTIONS);
    long leakyPredictions = spark.read().format("delta").load(predictions)
        .filter(col("generated_text").contains(LEAK)).count();
    assertThat(leakyPredictions).as("precondition: copy-findings copied the leak, once per infer run").isEqualTo(3);
    assertThat(hitsPerVersion(predictions, "generated_text").values()).as("in two commits").contains(1L, 3L);
    long predictionsBefore = spark.read().format("delta").load(predictions).count();

    StepResult result;
    List<String> logs;
    try (LogCapture capture = LogCapture.start()) {
      result = purge(lake, PurgeStep.Action.REDEIDENTIFY).execute();
      logs = capture.lines();
    }

    assertThat(result.status()).isEqualTo(StepResult.SUCCEEDED);
    assertThat(result.details()).containsEntry(Lakehouse.SILVER_REPORTS + ".affected_rows", "2");
    assertThat(result.rowsIn()).as("silver, gold and prediction rows").isEqualTo(4 + leakyPredictions);
    assertThat(result.details()).containsEntry("versions_still_containing_strings", "0");
    // Checked here independently of the step's own check: every version left is unreadable or clean.
    Map<Long, Long> hits = hitsPerVersion(silver);
    assertThat(hits.values()).containsOnly(0L);
    assertThat(hits).containsKey(DeltaTable.forPath(spark, silver).history(1).head().getLong(0));

    Map<String, String> after = texts(spark.read().format("delta").load(silver));
    assertThat(after.keySet()).isEqualTo(before.keySet());
    long masked = after.values().stream().filter(t -> t.contains(LeakedStrings.MASK)).count();
    assertThat(masked).isEqualTo(2);
    before.forEach((key, text) -> {
      if (!text.contains(LEAK)) {
        assertThat(after.get(key)).as("rows without the leak are untouched").isEqualTo(text);
      }
    });
    assertThat(spark.read().format("delta").load(silver).filter(col("report_text").contains(LeakedStrings.MASK))
        .select("deid_run_id").distinct().collectAsList()).extracting(r -> r.getString(0)).containsExactly("purge-1");

    assertThat(deltaLogMentionsLeak(silver)).isFalse();
    // Derived rows cannot be re-rendered by a purge: they are deleted, every readable version is clean.
    assertThat(hitsPerVersion(gold, "input").values()).containsOnly(0L);
    assertThat(spark.read().format("delta").load(gold).count()).isEqualTo(examplesBefore - 2);
    assertThat(result.details()).containsEntry(Lakehouse.INSTRUCT_PAIRS + ".affected_rows", "2");
    assertThat(deltaLogMentionsLeak(gold)).isFalse();
    // A model can copy its input: prediction rows holding the string are deleted, in every readable version too.
    assertThat(hitsPerVersion(predictions, "generated_text").values()).containsOnly(0L);
    assertThat(spark.read().format("delta").load(predictions).count()).isEqualTo(predictionsBefore - leakyPredictions);
    assertThat(result.details()).containsEntry(Lakehouse.PREDICTIONS + ".affected_rows", Long.toString(leakyPredictions));
    assertThat(deltaLogMentionsLeak(predictions)).isFalse();
    assertThat(logs).isNotEmpty().noneMatch(line -> line.toLowerCase(Locale.ROOT).contains(LEAK.toLowerCase(Locale.ROOT)));
    assertThat(result.details().toString()).doesNotContainIgnoringCase(LEAK);
  }

  @Test
  void deleteRemovesTheAffectedRowsAndTheirHistory() throws IOException {
    Lakehouse lake = copyOfLeakyLakehouse("delete");
    String silver = lake.tablePath(Lakehouse.SILVER_REPORTS);
    long rowsBefore = spark.read().format("delta").load(silver).count();

    StepResult result = purge(lake, PurgeStep.Action.DELETE).execute();

    assertThat(result.status()).isEqualTo(StepResult.SUCCEEDED);
    assertThat(spark.read().format("delta").load(silver).count()).isEqualTo(rowsBefore - 2);
    assertThat(hitsPerVersion(silver).values()).containsOnly(0L);
    assertThat(deltaLogMentionsLeak(silver)).isFalse();
    assertThat(hitsPerVersion(lake.tablePath(Lakehouse.INSTRUCT_PAIRS), "input").values()).containsOnly(0L);
    assertThat(hitsPerVersion(lake.tablePath(Lakehouse.PREDICTIONS), "generated_text").values()).containsOnly(0L);
  }

  @Test
  void leakedStringsMaskIgnoringCaseLongestFirstAndNeverPrintThemselves() {
    LeakedStrings strings = LeakedStrings.of(List.of("Ann", "Annabel Lee"));
    assertThat(strings.mask("seen by ANNABEL LEE and ann")).isEqualTo("seen by [REDACTED] and [REDACTED]");
    assertThat(strings.foundIn("nothing here")).isFalse();
    assertThat(strings.mask(null)).isNull();
    assertThat(strings.toString()).isEqualTo("LeakedStrings[2 strings]");
  }

  @Test
  void stringsFileErrorsNameTheLineWithoutTheString() throws IOException {
    Path file = newFolder("strings").resolve("leaks.txt");
    Files.writeString(file, "Longenough\n\nab\n", StandardCharsets.UTF_8);
    assertThatIllegal(file).hasMessageContaining("line 3").hasMessageContaining("at least 3 characters")
        .hasMessageNotContaining("ab\n");
    Files.writeString(file, "\n  \n", StandardCharsets.UTF_8);
    assertThatIllegal(file).hasMessageContaining("holds no strings");
    assertThatIllegal(file.resolveSibling("missing.txt")).hasMessageContaining("cannot be read");
    Files.writeString(file, " Vexmoorlund \n", StandardCharsets.UTF_8);
    assertThat(LeakedStrings.read(file).foundIn("dr vexmoorlund")).isTrue();
  }

  private static org.assertj.core.api.AbstractThrowableAssert<?, ? extends Throwable> assertThatIllegal(Path file) {
    return org.assertj.core.api.Assertions.assertThatThrownBy(() -> LeakedStrings.read(file))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * Two ingest + de-identify + build rounds, each adding one report with the leak: silver holds it in two commits.
   * After each build, the copy-findings baseline predicts every split that holds a leaky example.
   */
  private static Lakehouse leakyLakehouse(String name) throws IOException {
    Path in = newFolder(name + "-in");
    Lakehouse lake = new Lakehouse(newFolder(name + "-lake").toString());
    String[][] batches = {
        {"R-1,P-1,\"Findings: Lungs are clear without focal consolidation or effusion, " + LEAK + " noted.\n"
            + "Impression: No acute cardiopulmonary abnormality.\"",
         "R-2,P-2,\"Findings: No fracture or dislocation of the wrist; joint spaces are preserved.\n"
            + "Impression: Normal wrist.\"",
         "R-3,P-3,\"Findings: Small left pleural effusion with adjacent basilar atelectasis is seen.\n"
            + "Impression: Small left pleural effusion.\""},
        {"R-4,P-4,\"Findings: Mild cardiomegaly with normal pulmonary vascularity and clear lungs. Copy " + LEAK
            + ".\nImpression: Cardiomegaly without failure.\"",
         "R-5,P-5,\"Findings: The liver is normal in size and echotexture without focal lesion seen.\n"
            + "Impression: No acute abnormality.\""}};
    for (int b = 0; b < batches.length; b++) {
      Path csv = in.resolve("batch-" + b + ".csv");
      Files.writeString(csv, "report_id,patient_id,report_text\n" + String.join("\n", batches[b]) + "\n",
          StandardCharsets.UTF_8);
      new IngestStep(spark).inputs(List.of(csv.toString())).lakehouse(lake).runId("ingest-" + b)
          .settings(new IngestSettings(ColumnMapping.parse(List.of()), "UTF-8", 10_000_000)).execute();
      StepResult deid = new DeidentifyStep(spark).settings(SETTINGS).lakehouse(lake).runId("deid-" + b).execute();
      assertThat(deid.rowsOut()).isEqualTo(batches[b].length);
      new BuildDatasetStep(spark).lakehouse(lake).runId("build-" + b).execute();
      List<Row> leakySplits = spark.read().format("delta").load(lake.tablePath(Lakehouse.INSTRUCT_PAIRS))
          .filter(col("input").contains(LEAK)).select("split").distinct().collectAsList();
      for (Row split : leakySplits) {
        new InferStep(spark).lakehouse(lake).runId("infer-" + b + "-" + split.getString(0)).split(split.getString(0))
            .baselines(List.of(Baseline.COPY_FINDINGS)).execute();
      }
    }
    return lake;
  }

  /** Delta tables are folders with relative paths in their logs: a copy is an independent table. */
  private static Lakehouse copyOfLeakyLakehouse(String name) throws IOException {
    Path copy = newFolder(name + "-lake");
    try (Stream<Path> files = Files.walk(leakyLakehouse)) {
      for (Path f : files.toList()) {
        Path target = copy.resolve(leakyLakehouse.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
    return new Lakehouse(copy.toString());
  }

  private static PurgeStep purge(Lakehouse lake, PurgeStep.Action action) {
    return new PurgeStep(spark).strings(LeakedStrings.of(List.of("VexMoorLund"))).action(action)
        .settings(SETTINGS).retentionHours(0).lakehouse(lake).runId("purge-1");
  }

  /** Rows holding the leak per version that can still be read; versions whose files are gone are left out. */
  private static Map<Long, Long> hitsPerVersion(String path) {
    return hitsPerVersion(path, "report_text");
  }

  private static Map<Long, Long> hitsPerVersion(String path, String column) {
    Map<Long, Long> hits = new TreeMap<>();
    for (Row h : DeltaTable.forPath(spark, path).history().select("version").collectAsList()) {
      long version = h.getLong(0);
      try {
        Dataset<Row> table = spark.read().format("delta").option("versionAsOf", version).load(path);
        hits.put(version, table.filter(col(column).contains(LEAK)).count());
      } catch (Exception e) {
        assertThat(rootMessage(e)).as("version %d is unreadable only because its files are vacuumed", version)
            .containsIgnoringCase("file");
      }
    }
    return hits;
  }

  private static String rootMessage(Throwable e) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      all.append(t.getClass().getName()).append(": ").append(t.getMessage()).append('\n');
    }
    return all.toString();
  }

  /** Commit files record predicates and column statistics: the leak must be in neither. */
  private static boolean deltaLogMentionsLeak(String path) throws IOException {
    List<String> contents = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of(path, "_delta_log"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        contents.add(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
      }
    }
    return contents.stream().anyMatch(c -> c.toLowerCase(Locale.ROOT).contains(LEAK.toLowerCase(Locale.ROOT)));
  }

  private static Map<String, String> texts(Dataset<Row> silver) {
    Map<String, String> texts = new TreeMap<>();
    for (Row r : silver.select("report_key", "report_text").collectAsList()) {
      texts.put(r.getString(0), r.getString(1));
    }
    return texts;
  }
}
