package io.radlake.jobs.eval;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.radlake.cli.RadlakeCli;
import io.radlake.contract.DataContractLoader;
import io.radlake.eval.rouge.BootstrapAggregator;
import io.radlake.eval.rouge.RougeAggregate;
import io.radlake.eval.rouge.RougeScorer;
import io.radlake.eval.rouge.RougeScores;
import io.radlake.eval.rouge.RougeType;
import io.radlake.dataset.ExampleKey;
import io.radlake.spark.Lakehouse;
import io.radlake.spark.TableWriter;
import io.radlake.testing.SparkTestBase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * radlake evaluate on real Delta tables: silver.reports_deid, gold.instruct_pairs (the rows build-dataset would make of
 * them, keys and split included) and gold.predictions of three models (an exact copy of the references, a model that
 * predicts the first half of each reference, the constant baseline), each written through its contract. The step runs
 * on the current build, then the command line on the same predictions after another build replaced the pairs.
 * (Making the pairs with the real build-dataset step would double this class's time; BuildDatasetStepTest covers it.)
 */
class EvaluateStepTest extends SparkTestBase {
  private static final int REPORTS = 140;
  private static final int SAMPLES = 200;
  private static final long SEED = 9;
  private static final String CONSTANT = "No acute intracranial abnormality.";
  private static final String[][] STUDIES = {
    {"CT", "HEAD", "There is no intracranial hemorrhage, mass effect or midline shift. The ventricles and sulci are"
        + " normal in size for age.", CONSTANT},
    {"CT", "HEAD", "A %d mm hypodense focus is seen in the right frontal white matter, likely chronic small vessel"
        + " ischemic change. No hemorrhage.", "Chronic small vessel ischemic change.\nNo acute hemorrhage."},
    {"MR", "ABDOMEN", "The liver contains a %d mm simple cyst in segment seven. The pancreas, spleen and kidneys are"
        + " unremarkable.", "Simple hepatic cyst, no follow-up needed."},
    {"CR", "CHEST", "The lungs are clear without focal consolidation. There is a small right pleural effusion of %d"
        + " mm depth. Heart size is normal.", "Small right pleural effusion."},
  };

  private static Lakehouse lakehouse;
  private static EvaluateResult result;
  private static long build1PairsVersion;
  private static BuildSnapshot build1Snapshot;
  /** gold.rouge_scores (per example), gold.rouge_corpus and gold.rouge_slices after the run, read once. */
  private static List<Row> examples;
  private static List<Row> scores;
  private static List<Row> slices;

  @BeforeAll
  static void buildPredictAndEvaluate() {
    lakehouse = new Lakehouse(newFolder("lake").toString());
    TableWriter writer = new TableWriter(spark, lakehouse);
    writer.append(Lakehouse.SILVER_REPORTS, silverRows());
    long silverVersion = DeltaSnapshots.latestVersion(spark, lakehouse.tablePath(Lakehouse.SILVER_REPORTS));
    writer.append(Lakehouse.INSTRUCT_PAIRS, pairRows(silverVersion));
    build1PairsVersion = DeltaSnapshots.latestVersion(spark, lakehouse.tablePath(Lakehouse.INSTRUCT_PAIRS));
    writer.append(Lakehouse.PREDICTIONS, predictionRows());

    List<String> slicesAndRace = new ArrayList<>(EvaluateStep.DEFAULT_SLICES);
    slicesAndRace.add("race_ethnicity"); // a kept silver attribute, read from silver's attributes map
    result = new EvaluateStep(spark).lakehouse(lakehouse).runId("evaluate-1").bootstrapSamples(SAMPLES).seed(SEED)
        .slices(slicesAndRace).execute();

    // A second build replaces gold.instruct_pairs (its content does not matter here); infer-1 was made from build-1.
    writer.replace(Lakehouse.INSTRUCT_PAIRS,
        table(Lakehouse.INSTRUCT_PAIRS).withColumn("build_run_id", lit("build-2")));
    build1Snapshot = BuildSnapshot.locate(spark, lakehouse.tablePath(Lakehouse.INSTRUCT_PAIRS), "build-1");
    examples = table(Lakehouse.ROUGE_SCORES).collectAsList();
    scores = table(Lakehouse.ROUGE_CORPUS).collectAsList();
    slices = table(Lakehouse.ROUGE_SLICES).collectAsList();
  }

  @Test
  void corpusScoresAreTheRougeScorerAndBootstrapAggregatorOnTheSameExamples() {
    Map<String, String> references = new TreeMap<>();
    for (Row r : DeltaSnapshots.read(spark, lakehouse.tablePath(Lakehouse.INSTRUCT_PAIRS), build1PairsVersion)
        .select("example_key", "output").collectAsList()) {
      references.put(r.getString(0), r.getString(1));
    }
    Map<String, Map<String, String>> predictions = new TreeMap<>();
    for (Row r : table(Lakehouse.PREDICTIONS).filter(col("run_id").equalTo("infer-1"))
        .select("model_id", "example_key", "generated_text").collectAsList()) {
      predictions.computeIfAbsent(r.getString(0), m -> new TreeMap<>()).put(r.getString(1), r.getString(2));
    }
    RougeScorer scorer = RougeScorer.builder().metrics(RougeType.values()).useStemmer(true).build();
    for (String model : List.of("copy", "model-a", "baseline:constant")) {
      List<RougeScores> expectedScores = new ArrayList<>();
      predictions.get(model).forEach((key, text) -> expectedScores.add(scorer.score(references.get(key), text)));
      RougeAggregate expected = new BootstrapAggregator(SAMPLES, 0.95, SEED).aggregate(expectedScores);
      assertThat(result.summary().model(model).corpus()).as(model).isEqualTo(expected);
      List<Row> rows = rows(scores, "evaluate-1").stream().filter(r -> r.getAs("model_id").equals(model)).toList();
      assertThat(rows).hasSize(4);
      for (Row r : rows) {
        var score = expected.get(RougeType.fromKey(r.getAs("rouge_type")));
        assertThat((double) r.getAs("f1")).isEqualTo(score.mean().fmeasure());
        assertThat((double) r.getAs("f1_low")).isEqualTo(score.low().fmeasure());
        assertThat((double) r.getAs("f1_high")).isEqualTo(score.high().fmeasure());
        assertThat((double) r.getAs("recall_mid")).isEqualTo(score.mid().recall());
        assertThat((int) r.getAs("examples")).isEqualTo(REPORTS);
      }
    }
    assertThat(result.summary().model("copy").corpus().byType().values())
        .allSatisfy(s -> assertThat(s.low().fmeasure()).isEqualTo(1.0));
  }

  @Test
  void theLatestRunIsScoredAgainstItsBuildAndEveryIntervalHoldsItsEstimate() {
    assertThat(result.predictionsRunId()).isEqualTo("infer-1");
    assertThat(result.buildRunId()).isEqualTo("build-1");
    assertThat(result.splits()).containsExactly("test", "train", "validation");
    assertThat(result.notes()).isEmpty();
    assertThat(result.tableVersions()).containsEntry(Lakehouse.INSTRUCT_PAIRS, build1PairsVersion);
    assertThat(result.summary().referenceModelId()).isEqualTo("baseline:constant");
    assertThat(result.summary().models()).extracting(m -> m.modelId())
        .containsExactly("copy", "model-a", "baseline:constant");
    List<Row> run = rows(scores, "evaluate-1");
    assertThat(run).hasSize(12);
    for (String measure : List.of("precision", "recall", "f1")) {
      assertThat(run).allSatisfy(r -> assertThat((double) r.getAs(measure))
          .isBetween(r.getAs(measure + "_low"), r.getAs(measure + "_high")));
    }
    assertThat(run).filteredOn(r -> r.getAs("model_id").equals("copy") && r.getAs("rouge_type").equals("rougeL"))
        .singleElement().satisfies(r -> assertThat((double) r.getAs("f1_minus_reference_low")).isPositive());
    assertThat(run).filteredOn(r -> r.getAs("model_id").equals("baseline:constant"))
        .allSatisfy(r -> assertThat((Object) r.getAs("f1_minus_reference")).isNull());
    assertThat(result.step().rowsIn()).isEqualTo(3L * REPORTS);
    assertThat(result.step().rowsOut()).isEqualTo(3 * REPORTS + 12 + rows(slices, "evaluate-1").size());
  }

  @Test
  void perExampleScoresAreOneRowPerModelAndExampleAndAverageToTheCorpusScores() {
    List<Row> run = rows(examples, "evaluate-1");
    assertThat(run).hasSize(3 * REPORTS);
    assertThat(run.stream().map(r -> r.getAs("model_id") + "/" + r.getAs("example_key")).distinct())
        .hasSize(3 * REPORTS);
    for (String model : List.of("copy", "model-a", "baseline:constant")) {
      List<Row> ofModel = run.stream().filter(r -> r.getAs("model_id").equals(model)).toList();
      for (RougeType type : RougeType.values()) {
        double mean = ofModel.stream().mapToDouble(r -> r.<Double>getAs(type.key() + "_f1")).average().orElseThrow();
        Row corpus = rows(scores, "evaluate-1").stream().filter(r -> r.getAs("model_id").equals(model)
            && r.getAs("rouge_type").equals(type.key())).findFirst().orElseThrow();
        assertThat(mean).as(model + " " + type.key()).isCloseTo(corpus.<Double>getAs("f1"), within(1e-12));
      }
    }
    assertThat(run).allSatisfy(r -> {
      assertThat((String) r.getAs("predictions_run_id")).isEqualTo("infer-1");
      assertThat((String) r.getAs("build_run_id")).isEqualTo("build-1");
    });
    // The constant's own impression is the normal study (every 4th report); the abnormal flag is the slice's group.
    long abnormal = run.stream().filter(r -> r.<Boolean>getAs("abnormal")).count();
    assertThat(abnormal).isEqualTo(3L * (REPORTS - REPORTS / STUDIES.length));
    assertThat(rows(slices, "evaluate-1")).filteredOn(r -> r.getAs("slice_group").equals("study_class=abnormal"))
        .allSatisfy(r -> assertThat(3L * r.<Integer>getAs("n")).isEqualTo(abnormal));
    Row first = run.stream().filter(r -> r.getAs("example_key").equals(ExampleKey.ofReport(reportKey(0)).value()))
        .findFirst().orElseThrow();
    assertThat(Arrays.asList(first.getAs("patient_sex"), first.getAs("age_band"), first.getAs("modality"),
        first.getAs("body_part"), first.getAs("site_id"), first.getAs("split"), first.getAs("abnormal")))
        .containsExactly("U", "18-39", "CT", "HEAD", "SITE-C", "train", false);
    assertThat(run).filteredOn(r -> r.getAs("model_id").equals("copy"))
        .allSatisfy(r -> assertThat((double) r.getAs("rougeLsum_f1")).isEqualTo(1.0));
  }

  @Test
  void rerunningARunIdAddsNothing() {
    long before = table(Lakehouse.ROUGE_SCORES).count() + table(Lakehouse.ROUGE_CORPUS).count()
        + table(Lakehouse.ROUGE_SLICES).count();
    EvaluateResult again = new EvaluateStep(spark).lakehouse(lakehouse).runId("evaluate-1").predictionsRunId("infer-1")
        .bootstrapSamples(20).seed(SEED).reportDir(newFolder("rerun-report")).execute();
    assertThat(again.step().rowsOut()).isZero();
    assertThat(table(Lakehouse.ROUGE_SCORES).count() + table(Lakehouse.ROUGE_CORPUS).count()
        + table(Lakehouse.ROUGE_SLICES).count()).isEqualTo(before);
  }

  @Test
  void smallGroupsAndTheirComplementsAreSuppressedForEveryModel() {
    List<Row> run = rows(slices, "evaluate-1");
    // patient_sex U holds 7 reports: suppressed, and M (the smallest other group) with it, else U = all - F - M.
    // SITE-C holds 6; CT x U is in the suppressed U row.
    for (String group : List.of("patient_sex=U", "patient_sex=M", "site_id=SITE-C", "modality=CT x patient_sex=U")) {
      assertThat(run).filteredOn(r -> r.getAs("slice_group").equals(group)).as(group).hasSize(3 * 4)
          .allSatisfy(r -> {
            assertThat((boolean) r.getAs("suppressed")).isTrue();
            assertThat(Arrays.asList(r.getAs("n"), r.getAs("f1_mean"), r.getAs("ci_low"), r.getAs("gap_to_overall"),
                r.getAs("gap_to_best"), r.getAs("ci_excludes_overall"))).containsOnlyNulls();
          });
    }
    assertThat(run).filteredOn(r -> r.getAs("slice_group").equals("patient_sex=F"))
        .allSatisfy(r -> assertThat((boolean) r.getAs("suppressed")).isFalse());
    assertThat(run).filteredOn(r -> !(boolean) r.getAs("suppressed"))
        .allSatisfy(r -> assertThat((int) r.getAs("n")).isGreaterThanOrEqualTo(20));
    assertThat(run).filteredOn(r -> r.getAs("slice_group").equals("overall") && r.getAs("model_id").equals("copy"))
        .allSatisfy(r -> assertThat((double) r.getAs("f1_mean")).isEqualTo(1.0));
    List<Long> suppressedPerModel = new ArrayList<>();
    for (String model : List.of("copy", "model-a", "baseline:constant")) {
      suppressedPerModel.add(run.stream().filter(r -> r.getAs("model_id").equals(model) && (boolean) r.getAs(
          "suppressed")).count());
    }
    assertThat(suppressedPerModel).containsOnly(suppressedPerModel.get(0));
    assertThat(run.stream().map(r -> (String) r.getAs("slice")).distinct()).containsExactlyInAnyOrder("overall",
        "patient_sex", "age_band", "modality", "body_part", "site_id", "study_class", "race_ethnicity",
        "modality x patient_sex");
    assertThat(run).filteredOn(r -> r.getAs("slice_group").equals("study_class=abnormal")).hasSize(12)
        .allSatisfy(r -> assertThat((boolean) r.getAs("suppressed")).isFalse());
  }

  @Test
  void theReportIsWellFormedAndItsNumbersAreTheTables() throws Exception {
    Path report = result.reportFile();
    assertThat(report).isEqualTo(Path.of(lakehouse.root(), "reports", "evaluate", "evaluate-1", "report.html"));
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    var document = factory.newDocumentBuilder().parse(report.toFile());
    // Models, a forest plot per slice but the overall (7 one-way, 1 two-way), lengths.
    assertThat(document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength()).isEqualTo(10);
    String html = Files.readString(report);
    assertThat(html).contains("infer-1", "build-1", "copy", "model-a", "baseline:constant");
    for (String[] study : STUDIES) {
      assertThat(html).as("no report text in the report").doesNotContain(study[2].substring(0, 30), study[3]);
    }
    JsonNode metrics = new ObjectMapper().readTree(report.resolveSibling("metrics.json").toFile());
    assertThat(metrics.get("examples").asInt()).isEqualTo(REPORTS);
    // The PNG charts are published with the page: models, the 8 slices, lengths.
    assertThat(metrics.get("charts")).hasSize(10)
        .allSatisfy(name -> assertThat(report.resolveSibling(name.asText())).isNotEmptyFile());
    Row modelA = rows(scores, "evaluate-1").stream().filter(r -> r.getAs("model_id").equals("model-a")
        && r.getAs("rouge_type").equals("rouge1")).findFirst().orElseThrow();
    assertThat(metrics.get("models").get(1).get("scores").get("rouge1").get("fmeasure").get("mean").asDouble())
        .isEqualTo((double) modelA.getAs("f1"));
  }

  @Test
  void predictionsOfAReplacedBuildAreScoredAgainstThatBuildByTimeTravel() {
    assertThat(build1Snapshot.version()).isEqualTo(build1PairsVersion);
    assertThat(build1Snapshot.silverVersion()).isEqualTo(result.tableVersions().get(Lakehouse.SILVER_REPORTS));
    assertThat(build1Snapshot.note()).isEqualTo("gold.instruct_pairs now holds build build-2 (version "
        + (build1PairsVersion + 1) + "); the predictions' build build-1 was read from version " + build1PairsVersion
        + " by time travel");
  }

  @Test
  void thePrintedTableHoldsEveryModelAndThePairedDifference() {
    StringWriter out = new StringWriter();
    EvaluateJob.print(new PrintWriter(out), result);
    assertThat(out.toString())
        .startsWith("evaluate evaluate-1: predictions run infer-1 (build build-1, split test,train,validation), "
            + REPORTS + " examples x 3 models, in ")
        .contains("model                        kind            R-1     R-2     R-L  R-Lsum  R-L 95% CI       R-L -"
            + " baseline:constant [CI]\ncopy                         torchscript  1.0000  1.0000  1.0000  1.0000"
            + "  [1.000, 1.000]  +0.")
        .containsPattern("\nmodel-a +torchscript +0\\.\\d{4}")
        .containsPattern("\nbaseline:constant +baseline .* \\(reference\\)\n")
        .containsPattern("\nslices: 29 groups per model, \\d+ suppressed \\(min group size 20\\)\n")
        .contains("report: " + result.reportFile());
  }

  @Test
  void theCommandLineRunsTheStepAndRefusesAnUnknownRun() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = RadlakeCli.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute("evaluate", "--lakehouse", lakehouse.root(), "--predictions-run", "infer-nope");
    assertThat(exit).as(out + "" + err).isEqualTo(2);
    assertThat(err.toString()).contains("evaluate: gold.predictions holds no rows of run infer-nope; its latest runs:"
        + " infer-1, infer-0, infer-orphan");
  }

  @Test
  void aWrongRunModelOrSliceSaysWhatThereIs() {
    assertThatThrownBy(() -> new EvaluateStep(spark).lakehouse(lakehouse).runId("e").predictionsRunId("infer-1")
        .models(List.of("copy", "gpt-9")).execute())
        .hasMessageContaining("--models names 'gpt-9', which run infer-1 does not hold; it holds: baseline:constant,"
            + " copy, model-a");
    assertThatThrownBy(() -> new EvaluateStep(spark).lakehouse(lakehouse).runId("e").predictionsRunId("infer-1")
        .slices(List.of("patient_sex", "shoe_size")).slicePairs(List.of()).execute())
        .hasMessageContaining("--slices names 'shoe_size', which neither gold.instruct_pairs nor silver.reports_deid"
            + " holds; allowed: modality,")
        .hasMessageContaining("race_ethnicity");
    Lakehouse empty = new Lakehouse(newFolder("empty-lake").toString());
    assertThatThrownBy(() -> new EvaluateStep(spark).lakehouse(empty).runId("e").execute())
        .hasMessageContaining("gold.predictions does not exist at " + empty.root())
        .hasMessageContaining("run radlake infer first");
  }

  @Test
  void predictionsOfABuildNoVersionHoldsAreRefusedNamingBothBuilds() {
    assertThatThrownBy(() -> evaluate("infer-orphan")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the predictions were made from dataset build build-gone, but gold.instruct_pairs holds"
            + " build build-2")
        .hasMessageContaining("Run radlake infer on the current build");
  }

  @Test
  void theReportGoesUnderALocalLakehouseAndARemoteOneNeedsAFolder() {
    assertThat(EvaluateStep.defaultReportDir(new Lakehouse("file:/data/lake"), "evaluate-7"))
        .isEqualTo(Path.of("/data/lake/reports/evaluate/evaluate-7"));
    assertThatThrownBy(() -> EvaluateStep.defaultReportDir(new Lakehouse("s3://bucket/lake"), "evaluate-7"))
        .hasMessageContaining("--report-dir is needed when the lakehouse is not a local folder (got s3://bucket/lake)");
  }

  @Test
  void bothNewContractsAreEnforced() {
    TableWriter writer = new TableWriter(spark, lakehouse);
    StructType schema = DataContractLoader.forTable(Lakehouse.ROUGE_SLICES).toSparkSchema();
    Row published = slices.stream().filter(r -> !(boolean) r.getAs("suppressed")).findFirst().orElseThrow();
    Object[] values = new Object[published.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = published.get(i);
    }
    values[schema.fieldIndex("run_id")] = "evaluate-bad";
    values[schema.fieldIndex("gap_to_best")] = 0.2; // a group cannot beat the best group
    Dataset<Row> bad = spark.createDataFrame(List.of(RowFactory.create(values)), schema);
    assertThatThrownBy(() -> writer.append(Lakehouse.ROUGE_SLICES, bad)).hasMessageContaining("gap_to_best_range");

    StructType perExample = DataContractLoader.forTable(Lakehouse.ROUGE_SCORES).toSparkSchema();
    Object[] example = new Object[perExample.size()];
    for (int i = 0; i < example.length; i++) {
      example[i] = examples.get(0).get(i);
    }
    example[perExample.fieldIndex("run_id")] = "evaluate-bad";
    example[perExample.fieldIndex("rouge2_recall")] = 1.5;
    Dataset<Row> badExample = spark.createDataFrame(List.of(RowFactory.create(example)), perExample);
    assertThatThrownBy(() -> writer.append(Lakehouse.ROUGE_SCORES, badExample))
        .hasMessageContaining("rouge2_recall_range");
  }

  private static EvaluateResult evaluate(String predictionsRun) {
    return new EvaluateStep(spark).lakehouse(lakehouse).runId("evaluate-x").predictionsRunId(predictionsRun)
        .bootstrapSamples(20).execute();
  }

  private static List<Row> rows(List<Row> table, String runId) {
    return table.stream().filter(r -> r.getAs("run_id").equals(runId)).toList();
  }

  private static Dataset<Row> silverRows() {
    StructType schema = DataContractLoader.forTable(Lakehouse.SILVER_REPORTS).toSparkSchema();
    List<Row> rows = new ArrayList<>();
    String[] ages = {"18-39", "40-64", "65-89", "40-64", "65-89"};
    String[] races = {"white", "black", "asian", "hispanic"};
    for (int i = 0; i < REPORTS; i++) {
      String[] study = STUDIES[i % STUDIES.length];
      String findings = String.format(study[2], 3 + i % 17);
      Object[] row = new Object[schema.size()];
      set(schema, row, "report_key", reportKey(i));
      set(schema, row, "report_version", 1);
      set(schema, row, "patient_key", patientKey(i));
      set(schema, row, "study_datetime_shifted", LocalDateTime.of(2024, 1 + i % 12, 1 + i % 27, 9, 0));
      set(schema, row, "modality", study[0]);
      set(schema, row, "body_part", study[1]);
      set(schema, row, "site_id", i % 25 == 0 ? "SITE-C" : i % 2 == 0 ? "SITE-A" : "SITE-B");
      set(schema, row, "patient_sex", i % 20 == 0 ? "U" : i % 3 == 0 ? "M" : "F");
      set(schema, row, "age_band", ages[(i / 2) % ages.length]);
      set(schema, row, "attributes", Map.of("race_ethnicity", races[(i / 2) % races.length]));
      set(schema, row, "report_text", "FINDINGS: " + findings + "\nIMPRESSION: " + study[3]);
      set(schema, row, "findings", findings);
      set(schema, row, "impression", study[3]);
      set(schema, row, "findings_words", findings.split("\\s+").length);
      set(schema, row, "impression_words", study[3].split("\\s+").length);
      set(schema, row, "phi_spans_replaced", 0);
      set(schema, row, "text_hash", String.format("%064x", i));
      set(schema, row, "dedup_status", "UNIQUE");
      set(schema, row, "deid_mode", "SURROGATES");
      set(schema, row, "deid_version", "test");
      set(schema, row, "secret_fingerprint", "00000000");
      set(schema, row, "deid_run_id", "deid-1");
      set(schema, row, "processed_at", Timestamp.valueOf("2024-06-01 00:00:00"));
      rows.add(RowFactory.create(row));
    }
    return spark.createDataFrame(rows, schema);
  }

  private static String reportKey(int i) {
    return String.format("r_%04x", i * 40503 % 65536);
  }

  private static String patientKey(int i) {
    return String.format("p_%04x", (i / 2) * 40503 % 65536);
  }

  /** The pairs of build-1: one per silver report, a patient's two reports in one split (6:2:2). */
  private static Dataset<Row> pairRows(long silverVersion) {
    StructType schema = DataContractLoader.forTable(Lakehouse.INSTRUCT_PAIRS).toSparkSchema();
    String[] splits = {"train", "train", "train", "validation", "test"};
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < REPORTS; i++) {
      String[] study = STUDIES[i % STUDIES.length];
      String findings = String.format(study[2], 3 + i % 17);
      Object[] row = new Object[schema.size()];
      set(schema, row, "example_key", ExampleKey.ofReport(reportKey(i)).value());
      set(schema, row, "split", splits[(i / 2) % splits.length]);
      set(schema, row, "template_id", "t" + i % 3);
      set(schema, row, "instruction", "Summarize the findings into an impression.");
      set(schema, row, "input", findings);
      set(schema, row, "output", study[3]);
      set(schema, row, "system_prompt", "");
      set(schema, row, "modality", study[0]);
      set(schema, row, "body_part", study[1]);
      set(schema, row, "patient_key", patientKey(i));
      set(schema, row, "source_report_key", reportKey(i));
      set(schema, row, "input_tokens", findings.split("\\s+").length);
      set(schema, row, "output_tokens", study[3].split("\\s+").length);
      set(schema, row, "seed", 7L);
      set(schema, row, "silver_version", silverVersion);
      set(schema, row, "build_run_id", "build-1");
      rows.add(RowFactory.create(row));
    }
    return spark.createDataFrame(rows, schema);
  }

  /**
   * infer-1 (build-1): copy, model-a (first half of each reference's words) and the constant baseline on every
   * example; infer-0, older, one model; infer-orphan, made from a build no table version holds.
   */
  private static Dataset<Row> predictionRows() {
    StructType schema = DataContractLoader.forTable(Lakehouse.PREDICTIONS).toSparkSchema();
    List<Row> rows = new ArrayList<>();
    for (Row pair : table(Lakehouse.INSTRUCT_PAIRS).select("example_key", "split", "output").collectAsList()) {
      String reference = pair.getString(2);
      String[] words = reference.split(" ");
      String half = String.join(" ", Arrays.copyOf(words, Math.max(1, words.length / 2)));
      rows.add(prediction(schema, "infer-1", "copy", "torchscript", pair, reference, "build-1", 2));
      rows.add(prediction(schema, "infer-1", "model-a", "torchscript", pair, half, "build-1", 2));
      rows.add(prediction(schema, "infer-1", "baseline:constant", "baseline", pair, CONSTANT, "build-1", 2));
      rows.add(prediction(schema, "infer-0", "copy", "torchscript", pair, reference, "build-1", 1));
      rows.add(prediction(schema, "infer-orphan", "copy", "torchscript", pair, reference, "build-gone", 0));
    }
    return spark.createDataFrame(rows, schema);
  }

  private static Row prediction(StructType schema, String run, String model, String kind, Row pair, String text,
      String build, int day) {
    Object[] row = new Object[schema.size()];
    set(schema, row, "run_id", run);
    set(schema, row, "model_id", model);
    set(schema, row, "example_key", pair.getString(0));
    set(schema, row, "split", pair.getString(1));
    set(schema, row, "build_run_id", build);
    set(schema, row, "model_kind", kind);
    set(schema, row, "model_version", kind.equals("baseline") ? "1" : "a".repeat(64));
    set(schema, row, "generation_params", "{\"decoding\":\"greedy\"}");
    set(schema, row, "generated_text", text);
    set(schema, row, "input_tokens", 20);
    set(schema, row, "output_tokens", text.split("\\s+").length);
    set(schema, row, "input_truncated", false);
    set(schema, row, "latency_ms", 1.5);
    set(schema, row, "device", "cpu");
    set(schema, row, "executor_id", "driver");
    set(schema, row, "created_at", Timestamp.valueOf(LocalDateTime.of(2024, 7, 1 + day, 12, 0)));
    return RowFactory.create(row);
  }

  private static void set(StructType schema, Object[] row, String column, Object value) {
    row[schema.fieldIndex(column)] = value;
  }

  private static Dataset<Row> table(String name) {
    return spark.read().format("delta").load(lakehouse.tablePath(name));
  }
}
