package io.radlake.jobs.dataset;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import io.delta.tables.DeltaTable;
import io.radlake.cli.RadlakeCli;
import io.radlake.corpus.CorpusFormat;
import io.radlake.corpus.CorpusSpec;
import io.radlake.corpus.CorpusSummary;
import io.radlake.corpus.CorpusWriter;
import io.radlake.dataset.PatientSplitter;
import io.radlake.dataset.PatientStratum;
import io.radlake.dataset.RejectReason;
import io.radlake.dataset.SplitFractions;
import io.radlake.dataset.export.ExportManifest;
import io.radlake.dataset.export.ExportedFile;
import io.radlake.dataset.export.JsonStrings;
import io.radlake.dataset.export.WhitespaceTokenCounter;
import io.radlake.deid.DeidMode;
import io.radlake.deid.DeidSecret;
import io.radlake.deid.spark.DeidJobSettings;
import io.radlake.ingest.ColumnMapping;
import io.radlake.ingest.IngestSettings;
import io.radlake.jobs.DemoJob;
import io.radlake.jobs.deid.DeidentifyStep;
import io.radlake.jobs.ingest.IngestStep;
import io.radlake.spark.Lakehouse;
import io.radlake.testing.SparkJobs;
import io.radlake.testing.SparkTestBase;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * build-dataset on a generated corpus, ingested and de-identified into real Delta tables, silver at version v: two
 * builds with the same seed (the export must be byte-identical), one counting tokens with a tokenizer.json; then one
 * report's impression changes (silver v+1), the command line builds from v again (the export must be the first
 * one's, byte for byte), and a last build with another seed reads v+1 (the split must change). The gold tables hold
 * the last build's content.
 */
class BuildDatasetStepTest extends SparkTestBase {
  private static final long CORPUS_SEED = 11;
  private static final int REPORTS = 300;
  private static final DeidSecret SECRET = DeidSecret.fromEnvironment(
      Map.of("RADLAKE_DEID_SECRET", "dataset-test-secret-that-is-long-enough-for-hmac-0123456789"));

  private static Lakehouse lakehouse;
  private static Path firstExport;
  private static Path secondExport;
  private static BuildDatasetResult first;
  private static BuildDatasetResult second;
  private static BuildDatasetResult otherSeed;
  private static Map<String, String> firstSplits;
  private static Path cliExport;
  private static int cliExit;
  private static String cliOut;
  private static Map<String, String> otherSeedSplits;
  private static String changedReportKey;
  private static Path tokenizerExport;
  private static int tokenizerExit;
  private static String tokenizerOut;
  private static List<Row> tokenizerPairs;

  private static final Path TOKENIZER = Path.of("src/test/resources/tokenizer/radiology-wordlevel.tokenizer.json");
  private static final String CHANGED_IMPRESSION =
      "Changed impression written after the first build: no acute abnormality of the chest.";

  @BeforeAll
  static void ingestDeidentifyAndBuild() {
    Path corpus = newFolder("corpus").resolve("out");
    CorpusSummary summary =
        new CorpusWriter().write(new CorpusSpec(CORPUS_SEED, REPORTS, CorpusFormat.CSV, corpus, 500, 0.0, null));
    lakehouse = new Lakehouse(newFolder("lake").toString());
    new IngestStep(spark).inputs(DemoJob.dataFiles(corpus, summary)).lakehouse(lakehouse).runId("ingest-1")
        .settings(new IngestSettings(ColumnMapping.parse(List.of()), "UTF-8", 10_000_000)).execute();
    new DeidentifyStep(spark).settings(new DeidJobSettings(DeidMode.SURROGATES, List.of(), SECRET))
        .lakehouse(lakehouse).runId("deid-1").execute();

    firstExport = newFolder("export").resolve("a");
    secondExport = newFolder("export").resolve("b");
    first = build("build-1", 7, firstExport);
    firstSplits = patientSplits();
    second = build("build-2", 7, secondExport);
    changedReportKey = table(Lakehouse.INSTRUCT_PAIRS).orderBy("example_key").first().getAs("source_report_key");

    tokenizerExport = newFolder("export").resolve("tokenizer");
    StringWriter tokenizerLog = new StringWriter();
    tokenizerExit = cli(tokenizerLog, "build-dataset", "--output", tokenizerExport.toString(), "--seed", "7",
        "--tokenizer", TOKENIZER.toString(), "--lakehouse", lakehouse.root(), "--run-id", "build-tokenizer");
    tokenizerOut = tokenizerLog.toString();
    tokenizerPairs = table(Lakehouse.INSTRUCT_PAIRS)
        .select("instruction", "input", "output", "input_tokens", "output_tokens").collectAsList();

    // Silver moves on (v+1): one kept report gets another impression.
    DeltaTable.forPath(spark, lakehouse.tablePath(Lakehouse.SILVER_REPORTS))
        .update(col("report_key").equalTo(changedReportKey), Map.of("impression", lit(CHANGED_IMPRESSION)));
    cliExport = newFolder("export").resolve("cli");
    StringWriter cliLog = new StringWriter();
    cliExit = cli(cliLog, "build-dataset", "--output", cliExport.toString(), "--seed", "7", "--silver-version",
        Long.toString(first.silverVersion()), "--lakehouse", lakehouse.root(), "--run-id", "build-cli");
    cliOut = cliLog.toString();
    otherSeed = build("build-3", 8, newFolder("export").resolve("c"));
    otherSeedSplits = patientSplits();
  }

  @Test
  void noPatientIsInTwoSplitsAndEverySplitHasPatients() {
    Dataset<Row> pairs = table(Lakehouse.INSTRUCT_PAIRS);
    long patientsInSeveralSplits = pairs.groupBy("patient_key").agg(countDistinct("split").as("splits"))
        .filter(col("splits").gt(1)).count();
    assertThat(pairs.count()).isGreaterThan(REPORTS / 2);
    assertThat(patientsInSeveralSplits).isZero();
    assertThat(otherSeed.examplesBySplit().keySet()).containsExactly("train", "validation", "test");
    assertThat(otherSeed.examples("train")).isGreaterThan(otherSeed.examples("validation"));
    assertThat(pairs.select("build_run_id").distinct().collectAsList()).extracting(r -> r.getString(0))
        .containsExactly("build-3");
  }

  @Test
  void theSparkCutIsTheInMemoryExactStratifiedCut() {
    Map<String, List<String>> modalitiesByPatient = new TreeMap<>();
    for (Row r : table(Lakehouse.INSTRUCT_PAIRS).select("patient_key", "modality").collectAsList()) {
      modalitiesByPatient.computeIfAbsent(r.getString(0), p -> new ArrayList<>()).add(r.getString(1));
    }
    Map<String, String> stratumByPatient = new TreeMap<>();
    modalitiesByPatient.forEach((patient, modalities) -> stratumByPatient.put(patient, PatientStratum.of(modalities)));
    Map<String, String> expected = new TreeMap<>();
    new PatientSplitter(8, SplitFractions.defaults()).assign(stratumByPatient)
        .forEach((patient, split) -> expected.put(patient, split.label()));
    assertThat(otherSeedSplits).isEqualTo(expected);
    assertThat(stratumByPatient.values().stream().distinct().count()).as("strata").isGreaterThan(1);
  }

  @Test
  void keptAndRejectedAddUpToTheReportsReadAndEveryRejectHasAReason() {
    long latestReports = table(Lakehouse.SILVER_REPORTS).select("report_key").distinct().count();
    long pairs = table(Lakehouse.INSTRUCT_PAIRS).count();
    Dataset<Row> rejects = table(Lakehouse.DATASET_REJECTS);
    assertThat(otherSeed.step().rowsIn()).isEqualTo(latestReports);
    assertThat(pairs + rejects.count()).isEqualTo(latestReports);
    assertThat(otherSeed.examples()).isEqualTo(pairs);
    assertThat(otherSeed.rejects()).isEqualTo(rejects.count()).isPositive();
    assertThat(rejects.filter(col("reason").isNull()).count()).isZero();
    List<String> reasons = Stream.of(RejectReason.values()).map(Enum::name).toList();
    assertThat(otherSeed.rejectsByReason().keySet()).isSubsetOf(reasons);
    otherSeed.rejectsByReason().forEach((reason, n) -> {
      assertThat(rejects.filter(col("reason").equalTo(reason)).count()).as(reason).isEqualTo(n);
      assertThat(otherSeed.step().details()).containsEntry("rejects." + reason, Long.toString(n));
    });
    // The same reports are kept whatever the seed: the seed only moves templates and splits.
    assertThat(first.rejectsByReason()).isEqualTo(otherSeed.rejectsByReason());
  }

  @Test
  void aRerunWithTheSameSeedWritesByteIdenticalFiles() {
    Map<String, String> a = sha256OfEveryFile(firstExport);
    Map<String, String> b = sha256OfEveryFile(secondExport);
    assertThat(a.keySet()).contains("manifest.json", "README.md", "train.alpaca.jsonl", "train.chat.jsonl",
        "validation.alpaca.jsonl", "test.chat.jsonl");
    assertThat(b).isEqualTo(a);
    assertThat(second.examplesBySplit()).isEqualTo(first.examplesBySplit());
  }

  @Test
  void theCommandLineFromTheFirstSilverVersionGivesTheFirstExportByteForByteAndPrintsSplitSizes() throws IOException {
    assertThat(cliExit).as(cliOut).isZero();
    assertThat(sha256OfEveryFile(cliExport)).isEqualTo(sha256OfEveryFile(firstExport));
    // Precondition: silver v+1 differs in a report that is an example, and a build from it shows that.
    long v = first.silverVersion();
    assertThat(otherSeed.silverVersion()).isEqualTo(v + 1);
    assertThat(silverImpression(v)).isNotEqualTo(CHANGED_IMPRESSION);
    assertThat(silverImpression(v + 1)).isEqualTo(CHANGED_IMPRESSION);
    assertThat(table(Lakehouse.INSTRUCT_PAIRS).filter(col("source_report_key").equalTo(changedReportKey))
        .select("output").first().getString(0)).isEqualTo(CHANGED_IMPRESSION);
    assertThat(exportText(cliExport)).contains(jsonEscaped(silverImpression(v))).doesNotContain(CHANGED_IMPRESSION);
    assertThat(cliOut)
        .contains("build-dataset build-cli: " + first.step().rowsIn() + " reports read (silver.reports_deid version "
            + first.silverVersion() + "), " + first.examples() + " examples -> gold.instruct_pairs, "
            + first.rejects() + " rejected -> gold.dataset_rejects")
        .containsPattern("\n  train +" + first.examples("train") + "  \\S+ \\d+")
        .containsPattern("\n  rejected [A-Z_]+ +\\d+");
  }

  @Test
  void aSilverVersionOrTimeOutsideTheHistoryIsABadOptionNamingTheVersionsThere() {
    long latest = first.silverVersion() + 1;
    StringWriter log = new StringWriter();
    Path output = newFolder("export").resolve("never");
    assertThat(cli(log, "build-dataset", "--output", output.toString(), "--silver-version", "99", "--lakehouse",
        lakehouse.root(), "--run-id", "build-bad-version")).isEqualTo(2);
    assertThat(log.toString()).contains("silver.reports_deid has no version 99: its history holds versions 0 (")
        .contains(") to " + latest + " (");
    assertThat(cli(log, "build-dataset", "--output", output.toString(), "--silver-version", "1",
        "--silver-timestamp", "2026-01-01T00:00:00Z", "--lakehouse", lakehouse.root())).isEqualTo(2);
    assertThat(log.toString()).contains("--silver-version and --silver-timestamp both choose the version to read");
    assertThat(cli(log, "build-dataset", "--output", output.toString(), "--silver-timestamp", "yesterday",
        "--lakehouse", lakehouse.root())).isEqualTo(2);
    assertThat(log.toString()).contains("--silver-timestamp must be an ISO-8601 time with a zone")
        .contains("got: yesterday");
    assertThat(output).doesNotExist();
  }

  @Test
  void aTokenizerJsonCountsEveryPairAndTheCardAndManifestNameIt() throws IOException {
    assertThat(tokenizerExit).as(tokenizerOut).isZero();
    assertThat(tokenizerPairs).hasSizeGreaterThan(REPORTS / 2);
    long differsFromWhitespace = 0;
    try (HuggingFaceTokenizer direct = HuggingFaceTokenizer.newInstance(TOKENIZER,
        Map.of("addSpecialTokens", "false", "truncation", "false", "padding", "false"))) {
      WhitespaceTokenCounter whitespace = new WhitespaceTokenCounter();
      for (Row r : tokenizerPairs) {
        String input = r.getAs("input");
        int inputTokens = r.<Integer>getAs("input_tokens");
        assertThat(inputTokens).isEqualTo(direct.encode(input).getIds().length);
        assertThat(r.<Integer>getAs("output_tokens")).isEqualTo(direct.encode(r.<String>getAs("output")).getIds().length);
        // input_tokens counts the input alone: the instruction is not part of it.
        assertThat(inputTokens).isLessThan(direct.encode(r.getAs("instruction") + "\n\n" + input).getIds().length);
        differsFromWhitespace += inputTokens == whitespace.count(input) ? 0 : 1;
      }
    }
    assertThat(differsFromWhitespace).as("pairs counted otherwise than by whitespace").isPositive();
    String tokenizer = "huggingface radiology-wordlevel.tokenizer.json sha256=" + sha256(TOKENIZER);
    assertThat(Files.readString(tokenizerExport.resolve("README.md"))).contains("| Tokenizer | " + tokenizer + " |");
    assertThat(ExportManifest.read(tokenizerExport).buildParameters()).containsEntry("tokenizer", tokenizer);
  }

  @Test
  void aMissingOrBrokenTokenizerIsABadOptionBeforeAnySparkJob() throws IOException {
    Path broken = newFolder("tokenizer").resolve("broken.json");
    Files.writeString(broken, "{\"model\": {\"type\": \"WordLevel\"", StandardCharsets.UTF_8);
    Path missing = broken.resolveSibling("missing.json");
    Path output = newFolder("export").resolve("never");
    for (Path tokenizer : List.of(missing, broken)) {
      StringWriter log = new StringWriter();
      List<String> jobs = SparkJobs.startedDuring(spark, () -> assertThat(cli(log, "build-dataset", "--output",
          output.toString(), "--tokenizer", tokenizer.toString(), "--lakehouse", lakehouse.root(), "--run-id",
          "build-bad-tokenizer")).isEqualTo(2));
      assertThat(jobs).as("Spark jobs started").isEmpty();
      assertThat(log.toString()).contains(tokenizer == missing
          ? "tokenizer.json not found: " + missing.toAbsolutePath()
          : "not a valid HuggingFace tokenizer.json: " + broken.toAbsolutePath());
    }
    assertThat(output).doesNotExist();
  }

  @Test
  void theManifestRecordsTheSilverVersionAndTheTableCounts() {
    assertThat(first.manifest().sourceTableVersions())
        .containsExactly(Map.entry(Lakehouse.SILVER_REPORTS, first.silverVersion()));
    assertThat(first.step().details()).containsEntry("silver_version", Long.toString(first.silverVersion()));
    for (ExportedFile file : first.manifest().files()) {
      assertThat(file.count()).as(file.path()).isEqualTo(first.examples(file.split()));
    }
    assertThat(first.manifest().buildParameters()).containsEntry("seed", "7").containsEntry("tokenizer", "whitespace");
  }

  @Test
  void anotherSeedChangesTheSplitButKeepsThePatients() {
    assertThat(otherSeedSplits.keySet()).isEqualTo(firstSplits.keySet());
    long moved = firstSplits.keySet().stream()
        .filter(p -> !firstSplits.get(p).equals(otherSeedSplits.get(p))).count();
    assertThat(moved).isPositive();
  }

  /** Runs the command line, appending what it prints to {@code log}; returns the exit code. */
  private static int cli(StringWriter log, String... args) {
    CommandLine cli = RadlakeCli.commandLine();
    PrintWriter out = new PrintWriter(log, true);
    cli.setOut(out);
    cli.setErr(out);
    int exit = cli.execute(args);
    out.flush();
    return exit;
  }

  private static String silverImpression(long version) {
    return spark.read().format("delta").option("versionAsOf", version)
        .load(lakehouse.tablePath(Lakehouse.SILVER_REPORTS)).filter(col("report_key").equalTo(changedReportKey))
        .select("impression").first().getString(0).strip();
  }

  /** The JSONL files of an export, concatenated. */
  private static String exportText(Path folder) throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
        all.append(Files.readString(f));
      }
    }
    return all.toString();
  }

  private static String jsonEscaped(String text) {
    StringBuilder out = new StringBuilder();
    JsonStrings.appendQuoted(out, text);
    return out.substring(1, out.length() - 1);
  }

  private static BuildDatasetResult build(String runId, long seed, Path output) {
    return new BuildDatasetStep(spark).lakehouse(lakehouse).runId(runId).seed(seed).output(output).execute();
  }

  /** patient_key -> split of the build in the table now. */
  private static Map<String, String> patientSplits() {
    Map<String, String> splits = new TreeMap<>();
    for (Row r : table(Lakehouse.INSTRUCT_PAIRS).select("patient_key", "split").distinct().collectAsList()) {
      splits.put(r.getString(0), r.getString(1));
    }
    return splits;
  }

  private static Map<String, String> sha256OfEveryFile(Path folder) {
    Map<String, String> hashes = new TreeMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.toList()) {
        hashes.put(file.getFileName().toString(), sha256(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return hashes;
  }

  private static String sha256(Path file) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Dataset<Row> table(String name) {
    return spark.read().format("delta").load(lakehouse.tablePath(name));
  }
}
