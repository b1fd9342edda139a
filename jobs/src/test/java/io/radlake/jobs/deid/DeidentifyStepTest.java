package io.radlake.jobs.deid;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import io.radlake.corpus.CorpusFormat;
import io.radlake.corpus.CorpusSpec;
import io.radlake.corpus.CorpusSummary;
import io.radlake.corpus.CorpusWriter;
import io.radlake.corpus.GeneratedReport;
import io.radlake.corpus.PhiSpan;
import io.radlake.corpus.ReportGenerator;
import io.radlake.deid.DeidMode;
import io.radlake.deid.DeidSecret;
import io.radlake.deid.spark.DeidJobSettings;
import io.radlake.ingest.IngestSettings;
import io.radlake.jobs.DemoJob;
import io.radlake.jobs.ingest.IngestStep;
import io.radlake.phi.PhiCategory;
import io.radlake.spark.Lakehouse;
import io.radlake.spark.StepResult;
import io.radlake.spark.TableWriter;
import io.radlake.testing.LogCapture;
import io.radlake.testing.SparkTestBase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** De-identification on a real generated corpus ingested into real Delta tables. */
class DeidentifyStepTest extends SparkTestBase {
  private static final long SEED = 5;
  private static final int REPORTS = 240;
  private static final int MAX_CHARS = 40_000;
  private static final DeidSecret SECRET = DeidSecret.fromEnvironment(
      Map.of("RADLAKE_DEID_SECRET", "test-secret-that-is-long-enough-for-hmac-0123456789"));

  private static Lakehouse lakehouse;
  private static List<String> phiStrings;
  private static StepResult first;
  private static List<String> firstRunLogs;

  @BeforeAll
  static void ingestAndDeidentify() throws Exception {
    Path corpus = newFolder("corpus").resolve("out");
    CorpusSummary summary = new CorpusWriter().write(new CorpusSpec(SEED, REPORTS, CorpusFormat.CSV, corpus, 500, 0.0, null));
    // One report too large for the engine's limit: it must be quarantined, never passed through.
    Path big = corpus.resolve("oversized.csv");
    Files.writeString(big, "report_id,patient_id,report_text\nBIG-1,PAT-BIG,\"" + "Findings: normal. ".repeat(3000)
        + "Signed by Dr. Hannelore Quistgaard\"\n", StandardCharsets.UTF_8);
    lakehouse = new Lakehouse(newFolder("lake").toString());
    List<String> inputs = new ArrayList<>(DemoJob.dataFiles(corpus, summary));
    inputs.add(big.toString());
    new IngestStep(spark).inputs(inputs).lakehouse(lakehouse).runId("ingest-1")
        .settings(new IngestSettings(io.radlake.ingest.ColumnMapping.parse(List.of()), "UTF-8", 10_000_000)).execute();

    phiStrings = plantedStrings();
    try (LogCapture logs = LogCapture.start()) {
      first = step(DeidMode.TAGS, "deid-1").execute();
      firstRunLogs = logs.lines();
    }
  }

  @Test
  void everyBronzeReportIsDeidentifiedOnceAndTheOversizedOneIsQuarantined() {
    assertThat(first.rowsIn()).isEqualTo(REPORTS + 1);
    assertThat(first.rowsOut()).isEqualTo(REPORTS);
    assertThat(first.rowsQuarantined()).isEqualTo(1);
    assertThat(table(Lakehouse.SILVER_REPORTS).count()).isEqualTo(REPORTS);

    List<Row> quarantined = table(Lakehouse.QUARANTINE).filter(col("stage").equalTo("deidentify")).collectAsList();
    assertThat(quarantined).singleElement().satisfies(q -> {
      assertThat(q.<String>getAs("report_id")).isEqualTo("BIG-1");
      assertThat(q.<String>getAs("reason_code")).isEqualTo("DEID_FAILED");
      assertThat(q.<String>getAs("reason")).contains("retried by the next run").doesNotContain("Quistgaard");
    });
    // Fail closed: nothing of that report is in silver.
    assertThat(table(Lakehouse.SILVER_REPORTS).filter(col("report_text").contains("Quistgaard")).count()).isZero();
  }

  @Test
  void rerunRetriesOnlyTheQuarantinedReportAndAddsNothing() {
    long silverBefore = table(Lakehouse.SILVER_REPORTS).count();
    long auditBefore = table(Lakehouse.PHI_AUDIT).count();
    long quarantineBefore = table(Lakehouse.QUARANTINE).count();
    StepResult rerun = step(DeidMode.TAGS, "deid-2").execute();
    assertThat(rerun.rowsIn()).isEqualTo(1);
    assertThat(rerun.rowsOut()).isZero();
    assertThat(table(Lakehouse.SILVER_REPORTS).count()).isEqualTo(silverBefore);
    assertThat(table(Lakehouse.PHI_AUDIT).count()).isEqualTo(auditBefore);
    assertThat(table(Lakehouse.QUARANTINE).count()).isEqualTo(quarantineBefore);
  }

  @Test
  void noPlantedNameOrIdentifierReachesSilver() {
    List<String> texts = new ArrayList<>();
    for (Row r : table(Lakehouse.SILVER_REPORTS).select("report_text").collectAsList()) {
      texts.add(r.getString(0));
    }
    List<String> leaked = phiStrings.stream().filter(s -> texts.stream().anyMatch(t -> t.contains(s))).toList();
    // Counted, not printed: the failure message must not carry PHI either.
    assertThat(leaked.size()).as("planted identifiers found in silver text").isZero();
  }

  @Test
  void auditCountsAddUpToTheReplacementsAndHoldNoText() {
    Map<String, Integer> perReport = new HashMap<>();
    for (Row r : table(Lakehouse.PHI_AUDIT).groupBy("report_key").sum("spans_replaced").collectAsList()) {
      perReport.put(r.getString(0), (int) r.getLong(1));
    }
    int checked = 0;
    for (Row r : table(Lakehouse.SILVER_REPORTS).select("report_key", "phi_spans_replaced").collectAsList()) {
      assertThat(perReport.getOrDefault(r.getString(0), 0)).isEqualTo(r.getInt(1));
      checked += r.getInt(1) > 0 ? 1 : 0;
    }
    assertThat(checked).isGreaterThan(REPORTS * 9 / 10);
    assertThat(table(Lakehouse.PHI_AUDIT).columns())
        .containsExactly("report_key", "report_version", "category", "rule", "spans_replaced", "site_id",
            "deid_run_id", "audited_at");
  }

  @Test
  void sectionsAndDuplicateStatusAreFilled() {
    Dataset<Row> silver = table(Lakehouse.SILVER_REPORTS);
    assertThat(silver.filter(col("impression").isNotNull()).count()).isGreaterThan(REPORTS * 9 / 10);
    assertThat(silver.filter(col("findings").isNotNull()).count()).isGreaterThan(REPORTS * 9 / 10);
    // Spark NLP structure: every present section has sentences and words, absent ones have neither.
    assertThat(silver.filter("(findings IS NULL) <> (findings_sentences IS NULL) OR size(findings_sentences) < 1"
        + " OR (impression IS NULL) <> (impression_words IS NULL) OR impression_words < 1").count()).isZero();
    assertThat(silver.filter(col("dedup_status").isin("UNIQUE", "EXACT_DUPLICATE", "NEAR_DUPLICATE")).count())
        .isEqualTo(REPORTS);
    assertThat(silver.filter(col("report_text").contains("[NAME]")).count()).isGreaterThan(REPORTS / 2);
  }

  @Test
  void logsOfTheRunCarryNoPlantedIdentifier() {
    assertThat(firstRunLogs).isNotEmpty();
    long leaking = firstRunLogs.stream().filter(line -> phiStrings.stream().anyMatch(line::contains)).count();
    assertThat(leaking).as("log lines holding a planted identifier").isZero();
    assertThat(String.join("\n", firstRunLogs)).doesNotContain("Quistgaard");
  }

  @Test
  void surrogatesKeepOnePatientKeyAndOneDateOffsetPerPatient() {
    Lakehouse other = new Lakehouse(newFolder("lake-surrogates").toString());
    // Same bronze rows, second silver: copy bronze into a contract-made table so both runs read the same input.
    String bronze = new TableWriter(spark, other).prepare(Lakehouse.BRONZE_REPORTS);
    table(Lakehouse.BRONZE_REPORTS).write().format("delta").mode("append").save(bronze);
    new DeidentifyStep(spark).settings(new DeidJobSettings(DeidMode.SURROGATES, List.of(), SECRET).maxTextChars(MAX_CHARS))
        .lakehouse(other).runId("deid-s").execute();

    Map<String, LocalDateTime> original = new HashMap<>();
    Map<String, String> patientOf = new HashMap<>();
    for (int i = 0; i < REPORTS; i++) {
      GeneratedReport g = new ReportGenerator(SEED).generate(i);
      original.put(SECRET_KEYS.reportKey(g.reportId()), g.studyDatetime());
      patientOf.put(SECRET_KEYS.reportKey(g.reportId()), SECRET_KEYS.patientKey(g.patientId()));
    }
    Map<String, Set<Long>> offsetsPerPatient = new HashMap<>();
    for (Row r : spark.read().format("delta").load(other.tablePath(Lakehouse.SILVER_REPORTS))
        .select("report_key", "patient_key", "study_datetime_shifted", "report_text").collectAsList()) {
      String reportKey = r.getString(0);
      assertThat(r.getString(1)).isEqualTo(patientOf.get(reportKey));
      long days = Duration.between(original.get(reportKey), r.<LocalDateTime>getAs("study_datetime_shifted")).toDays();
      offsetsPerPatient.computeIfAbsent(r.getString(1), k -> new HashSet<>()).add(days);
      assertThat(r.getString(3)).doesNotContain("[NAME]");
    }
    assertThat(offsetsPerPatient.values()).allSatisfy(offsets -> assertThat(offsets).hasSize(1).doesNotContain(0L));
    assertThat(offsetsPerPatient.keySet().size()).isLessThan(REPORTS);
  }

  private static final io.radlake.deid.Pseudonymizer SECRET_KEYS = new io.radlake.deid.Pseudonymizer(SECRET);

  private static DeidentifyStep step(DeidMode mode, String runId) {
    return new DeidentifyStep(spark)
        .settings(new DeidJobSettings(mode, List.of("priority"), SECRET).maxTextChars(MAX_CHARS))
        .lakehouse(lakehouse)
        .runId(runId);
  }

  private static Dataset<Row> table(String name) {
    return spark.read().format("delta").load(lakehouse.tablePath(name));
  }

  /** Names and identifiers the generator planted, long enough that a match cannot be chance. */
  private static List<String> plantedStrings() {
    Set<PhiCategory> strict = EnumSet.of(PhiCategory.NAME, PhiCategory.MRN, PhiCategory.ACCESSION, PhiCategory.SSN,
        PhiCategory.OTHER_ID, PhiCategory.PHONE, PhiCategory.EMAIL);
    Set<String> strings = new HashSet<>();
    for (int i = 0; i < REPORTS; i++) {
      GeneratedReport g = new ReportGenerator(SEED).generate(i);
      for (PhiSpan s : g.phiSpans()) {
        String value = g.reportText().substring(s.start(), s.end());
        if (strict.contains(s.category()) && value.length() >= 6) {
          strings.add(value);
        }
      }
    }
    assertThat(strings).hasSizeGreaterThan(REPORTS);
    return List.copyOf(strings);
  }
}
