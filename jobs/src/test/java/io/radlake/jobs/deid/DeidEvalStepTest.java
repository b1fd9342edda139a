package io.radlake.jobs.deid;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.delta.tables.DeltaTable;
import io.radlake.corpus.CorpusFormat;
import io.radlake.corpus.CorpusSpec;
import io.radlake.corpus.CorpusSummary;
import io.radlake.corpus.CorpusWriter;
import io.radlake.corpus.GeneratedReport;
import io.radlake.corpus.PhiSpan;
import io.radlake.corpus.ReportGenerator;
import io.radlake.deid.DeidMode;
import io.radlake.deid.DeidSecret;
import io.radlake.deid.Pseudonymizer;
import io.radlake.deid.eval.LeakCounter;
import io.radlake.deid.spark.DeidJobSettings;
import io.radlake.ingest.ColumnMapping;
import io.radlake.ingest.IngestSettings;
import io.radlake.jobs.DemoJob;
import io.radlake.jobs.ingest.GroundTruthStep;
import io.radlake.jobs.ingest.IngestStep;
import io.radlake.phi.PhiCategory;
import io.radlake.spark.Lakehouse;
import io.radlake.testing.LogCapture;
import io.radlake.testing.SparkTestBase;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** deid-eval on a generated corpus ingested and de-identified (surrogates) into real Delta tables. */
class DeidEvalStepTest extends SparkTestBase {
  private static final long SEED = 9;
  private static final int REPORTS = 200;
  private static final DeidSecret SECRET = DeidSecret.fromEnvironment(
      Map.of("RADLAKE_DEID_SECRET", "eval-test-secret-that-is-long-enough-for-hmac-0123456789"));

  private static Lakehouse lakehouse;
  private static long plantedSpans;
  private static DeidEvalResult clean;

  @BeforeAll
  static void ingestDeidentifyAndEvaluate() {
    Path corpus = newFolder("corpus").resolve("out");
    CorpusSummary summary =
        new CorpusWriter().write(new CorpusSpec(SEED, REPORTS, CorpusFormat.CSV, corpus, 500, 0.0, null));
    lakehouse = new Lakehouse(newFolder("lake").toString());
    new IngestStep(spark).inputs(DemoJob.dataFiles(corpus, summary)).lakehouse(lakehouse).runId("ingest-1")
        .settings(new IngestSettings(ColumnMapping.parse(List.of()), "UTF-8", 10_000_000)).execute();
    new GroundTruthStep(spark).corpus(corpus.toString(), SEED).lakehouse(lakehouse).runId("truth-1").execute();
    new DeidentifyStep(spark).settings(new DeidJobSettings(DeidMode.SURROGATES, List.of(), SECRET))
        .lakehouse(lakehouse).runId("deid-1").execute();
    plantedSpans = table(Lakehouse.PHI_GROUND_TRUTH).count();
    clean = eval("eval-1", SECRET);
  }

  @Test
  void everyReportIsScoredWithFullRecallAndNothingLeaks() {
    assertThat(clean.evaluation().reportsScored()).isEqualTo(REPORTS);
    assertThat(clean.evaluation().reportsPublished()).isEqualTo(REPORTS);
    assertThat(clean.evaluation().reportsSkipped()).isZero();
    assertThat(clean.reportsWithSeveralVersions()).isZero();
    assertThat(clean.evaluation().score().truthSpans()).isEqualTo(plantedSpans).isGreaterThan(REPORTS * 5L);
    assertThat(clean.evaluation().score().recall()).isEqualTo(1.0);
    assertThat(clean.evaluation().leaked()).isZero();
    assertThat(clean.barMet()).as(String.join("; ", clean.shortfalls())).isTrue();
    assertThat(clean.step().details()).containsEntry("bar_met", "true").containsEntry("leaked", "0");
  }

  @Test
  void theTableHoldsOneRowPerCategoryAndAnAllRow() {
    Dataset<Row> rows = table(Lakehouse.DEID_EVAL).filter(col("run_id").equalTo("eval-1"));
    List<String> categories = rows.select("category").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    assertThat(categories).contains(DeidEvalStep.ALL, "NAME", "DATE", "MRN").doesNotHaveDuplicates();
    assertThat(categories).hasSize(clean.evaluation().categoriesSeen().size() + 1);
    Row all = rows.filter(col("category").equalTo(DeidEvalStep.ALL)).first();
    assertThat(all.<Long>getAs("spans")).isEqualTo(plantedSpans);
    assertThat(all.<Long>getAs("missed")).isZero();
    assertThat(all.<Long>getAs("reports")).isEqualTo(REPORTS);
    assertThat(all.<Double>getAs("recall")).isEqualTo(1.0);
    assertThat(all.<String>getAs("deid_version")).startsWith(DeidJobSettings.DEID_VERSION);
    long spansOfCategories = rows.filter(col("category").notEqual(DeidEvalStep.ALL)).agg(
        org.apache.spark.sql.functions.sum("spans")).first().getLong(0);
    assertThat(spansOfCategories).isEqualTo(plantedSpans);
  }

  @Test
  void aNameWrittenBackIntoSilverCountsAsOneLeakedNameAndItsTextAppearsNowhere() {
    // A report and one of its names such that the name, published, matches that one planted span only.
    String reportKey = null;
    String name = null;
    Pseudonymizer keys = new Pseudonymizer(SECRET);
    ReportGenerator generator = new ReportGenerator(SEED);
    for (int i = 0; i < REPORTS && name == null; i++) {
      GeneratedReport g = generator.generate(i);
      for (PhiSpan s : g.phiSpans()) {
        String value = g.reportText().substring(s.start(), s.end());
        if (s.category() == PhiCategory.NAME && value.length() >= 8 && !value.contains("\n")
            && new LeakCounter().leaked(g.reportText(), g.phiSpans(), "x " + value + " x").size() == 1) {
          reportKey = keys.reportKey(g.reportId());
          name = value;
          break;
        }
      }
    }
    assertThat(name).as("a generated report with a distinct name").isNotNull();
    DeltaTable.forPath(spark, lakehouse.tablePath(Lakehouse.SILVER_REPORTS)).update(
        col("report_key").equalTo(reportKey),
        Map.of("report_text", concat(col("report_text"), lit("\nAddendum read by " + name + ".\n"))));

    DeidEvalResult tampered;
    List<String> logs;
    try (LogCapture capture = LogCapture.start()) {
      tampered = eval("eval-tampered", SECRET);
      logs = capture.lines();
    }
    assertThat(tampered.evaluation().leaked(PhiCategory.NAME)).isEqualTo(1);
    assertThat(tampered.evaluation().leaked()).isEqualTo(1);
    assertThat(tampered.barMet()).isFalse();
    assertThat(tampered.shortfalls()).containsExactly("NAME: 1 span(s) found in published text (must be 0)");

    Dataset<Row> rows = table(Lakehouse.DEID_EVAL).filter(col("run_id").equalTo("eval-tampered"));
    assertThat(rows.filter(col("category").equalTo("NAME")).first().<Long>getAs("leaked")).isEqualTo(1);
    assertThat(rows.filter(col("category").equalTo(DeidEvalStep.ALL)).first().<Long>getAs("leaked")).isEqualTo(1);
    String leakedName = name;
    String tableText = table(Lakehouse.DEID_EVAL).collectAsList().toString();
    assertThat(tableText.contains(leakedName)).as("the leaked name in ops.deid_eval").isFalse();
    assertThat(logs).isNotEmpty();
    assertThat(logs.stream().filter(line -> line.contains(leakedName)).count())
        .as("log lines holding the leaked name").isZero();
  }

  @Test
  void anotherSecretIsRefusedBecauseNoSilverRowWouldBeFound() {
    DeidSecret other = DeidSecret.fromEnvironment(
        Map.of("RADLAKE_DEID_SECRET", "some-other-secret-that-is-long-enough-for-hmac-987654321"));
    assertThatThrownBy(() -> eval("eval-wrong-secret", other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fingerprint " + other.fingerprint())
        .hasMessageContaining(SECRET.fingerprint())
        .hasMessageContaining("RADLAKE_DEID_SECRET_FILE");
  }

  private static DeidEvalResult eval(String runId, DeidSecret secret) {
    return new DeidEvalStep(spark).secret(secret).lakehouse(lakehouse).runId(runId).execute();
  }

  private static Dataset<Row> table(String name) {
    return spark.read().format("delta").load(lakehouse.tablePath(name));
  }
}
