package io.radlake.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.radlake.ingest.IngestSettings;
import io.radlake.ingest.ColumnMapping;
import io.radlake.spark.Lakehouse;
import io.radlake.testing.SparkTestBase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class IngestStepTest extends SparkTestBase {
  private static final String HEADER =
      "report_id,patient_id,accession_number,study_datetime,modality,body_part,site_id,patient_sex,patient_age,"
          + "insurance_type,report_text\n";

  private static String row(String id, String patient, String text) {
    return id + "," + patient + ",ACC-" + id + ",2021-03-14T10:22:00,CT,CHEST,SITE-A,F,61,medicare,\"" + text + "\"\n";
  }

  private static IngestResult ingest(Lakehouse lakehouse, String runId, String... inputs) {
    return new IngestStep(spark).inputs(List.of(inputs)).lakehouse(lakehouse).runId(runId).execute();
  }

  private static Dataset<Row> table(Lakehouse lakehouse, String table) {
    return spark.read().format("delta").load(lakehouse.tablePath(table));
  }

  private static Map<Long, String> quarantineReasons(Lakehouse lakehouse) {
    return table(lakehouse, Lakehouse.QUARANTINE).collectAsList().stream()
        .collect(Collectors.toMap(
            r -> r.getLong(r.fieldIndex("source_record")), r -> r.getString(r.fieldIndex("reason_code")),
            (a, b) -> a + "," + b, TreeMap::new));
  }

  @Test
  void everyBrokenKindIsQuarantinedWithItsReasonAndTheBalanceHolds() throws IOException {
    Path dir = newFolder("broken");
    byte[] latin1 = row("R4", "P4", "caf\u00e9 findings").getBytes(StandardCharsets.ISO_8859_1);
    Files.write(dir.resolve("a.csv"), concat(
        (HEADER + row("R1", "P1", "FINDINGS: clear lungs.") + "R2,P2,ACC,2021\n" + row("R3", "", "text")).getBytes(StandardCharsets.UTF_8),
        latin1,
        (row("R5", "P5", "  ") + row("R6", "P6", "x".repeat(2_000)) + row("R7", "P7", "first text")
            + row("R7", "P7", "second text") + row("R8", "P8", "same") + row("R8", "P8", "same")
            + "R9,P9,ACC,yesterday,CT,CHEST,SITE-A,F,61,x,\"text\"\n").getBytes(StandardCharsets.UTF_8)));
    Lakehouse lakehouse = new Lakehouse(newFolder("lake").toString());

    IngestResult result =
        new IngestStep(spark).inputs(List.of(dir.toString())).lakehouse(lakehouse).runId("run-1")
            .settings(new IngestSettings(ColumnMapping.identity(), "UTF-8", 1_000)).execute();

    assertThat(quarantineReasons(lakehouse)).containsExactlyEntriesOf(new TreeMap<>(Map.of(
        2L, "MALFORMED_RECORD", 3L, "MISSING_REQUIRED_FIELD", 4L, "INVALID_ENCODING", 5L, "EMPTY_TEXT",
        6L, "TEXT_TOO_LARGE", 7L, "DUPLICATE_REPORT_ID", 8L, "DUPLICATE_REPORT_ID", 11L, "INVALID_VALUE")))
        .doesNotContainKeys(1L, 9L, 10L);
    assertThat(result.recordsIn()).isEqualTo(11);
    assertThat(result.written()).isEqualTo(2); // R1 and the first R8
    assertThat(result.duplicatesInInput()).isEqualTo(1);
    assertThat(result.quarantined()).isEqualTo(8);
    assertThat(result.balanced()).isTrue();
    assertThat(result.byReason()).containsEntry("DUPLICATE_REPORT_ID", 2L).containsEntry("MALFORMED_RECORD", 1L);

    Row bad = table(lakehouse, Lakehouse.QUARANTINE).filter("reason_code = 'INVALID_ENCODING'").first();
    assertThat((byte[]) bad.getAs("raw_record")).isEqualTo(latin1); // the exact original bytes
    assertThat(bad.<String>getAs("reason")).startsWith("INVALID_ENCODING: column 'report_text'").doesNotContain("caf");
    Row dup = table(lakehouse, Lakehouse.QUARANTINE).filter("source_record = 8").first();
    assertThat(new String((byte[]) dup.getAs("raw_record"), StandardCharsets.UTF_8)).contains("second text");
    assertThat(dup.<String>getAs("reason")).contains("occurs in 2 records of this input with 2 different texts");

    Row r1 = table(lakehouse, Lakehouse.BRONZE_REPORTS).filter("report_id = 'R1'").first();
    assertThat(r1.<String>getAs("report_text")).isEqualTo("FINDINGS: clear lungs.");
    assertThat(r1.<Integer>getAs("report_version")).isEqualTo(1);
    assertThat(r1.<Long>getAs("source_record")).isEqualTo(1L);
    assertThat(r1.<scala.collection.Map<String, String>>getAs("attributes").get("insurance_type").get()).isEqualTo("medicare");
  }

  @Test
  void rerunAddsNothingAndAChangedTextBecomesTheNextVersion() throws IOException {
    Path dir = newFolder("rerun");
    Files.writeString(dir.resolve("a.csv"), HEADER + row("R1", "P1", "v1 text") + row("R2", "P2", "text") + "R3,P3\n");
    Lakehouse lakehouse = new Lakehouse(newFolder("lake").toString());

    IngestResult first = ingest(lakehouse, "run-1", dir.toString());
    IngestResult again = ingest(lakehouse, "run-2", dir.toString());
    assertThat(first.written()).isEqualTo(2);
    assertThat(again.written()).isZero();
    assertThat(again.unchanged()).isEqualTo(2);
    assertThat(again.quarantined()).isEqualTo(1);
    assertThat(table(lakehouse, Lakehouse.BRONZE_REPORTS).count()).isEqualTo(2);
    assertThat(table(lakehouse, Lakehouse.QUARANTINE).count()).isEqualTo(1);

    Path changed = newFolder("changed");
    Files.writeString(changed.resolve("b.csv"), HEADER + row("R1", "P1", "v2 text, amended"));
    IngestResult amend = ingest(lakehouse, "run-3", changed.toString());
    assertThat(amend.written()).isEqualTo(1);
    List<Row> versions = table(lakehouse, Lakehouse.BRONZE_REPORTS).filter("report_id = 'R1'")
        .orderBy("report_version").collectAsList();
    assertThat(versions).extracting(r -> r.<Integer>getAs("report_version")).containsExactly(1, 2);
    assertThat(versions).extracting(r -> r.<String>getAs("ingest_run_id")).containsExactly("run-1", "run-3");
  }

  @Test
  void readsJsonLinesParquetAndTextFoldersToTheSameRows() throws IOException {
    Path dir = newFolder("formats");
    Files.writeString(dir.resolve("a.jsonl"),
        "{\"report_id\":\"J1\",\"patient_id\":\"P1\",\"patient_age\":94,\"report_text\":\"FINDINGS: x\\nIMPRESSION: y\"}\n"
            + "{\"report_id\":\"J2\",\"patient_id\":\"P2\",\"report_te\n");
    Path text = Files.createDirectories(dir.resolve("textfolder/reports"));
    Files.writeString(text.resolve("T1.txt"), "FINDINGS: from a text file.\n");
    Files.writeString(dir.resolve("textfolder/manifest-00000.csv"),
        "report_id,patient_id,patient_sex,file\nT1,P9,M,reports/T1.txt\nT2,P9,M,reports/missing.txt\n");
    spark.createDataFrame(List.of(org.apache.spark.sql.RowFactory.create("Q1", "P3", "FINDINGS: parquet")),
            new org.apache.spark.sql.types.StructType().add("report_id", "string").add("patient_id", "string")
                .add("report_text", "string"))
        .coalesce(1).write().parquet(dir.resolve("pq").toString());
    Lakehouse lakehouse = new Lakehouse(newFolder("lake").toString());

    IngestResult result = ingest(lakehouse, "run-1", dir.toString());

    assertThat(result.written()).isEqualTo(3);
    assertThat(quarantineReasons(lakehouse)).containsEntry(2L, "MALFORMED_RECORD,UNREADABLE_FILE");
    Map<String, Row> byId = table(lakehouse, Lakehouse.BRONZE_REPORTS).collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getAs("report_id"), r -> r));
    assertThat(byId.get("J1").<String>getAs("report_text")).isEqualTo("FINDINGS: x\nIMPRESSION: y");
    assertThat(byId.get("J1").<Integer>getAs("patient_age")).isEqualTo(94);
    assertThat(byId.get("J1").<String>getAs("source_format")).isEqualTo("jsonl");
    assertThat(byId.get("T1").<String>getAs("report_text")).isEqualTo("FINDINGS: from a text file.\n");
    assertThat(byId.get("T1").<String>getAs("source_format")).isEqualTo("text");
    assertThat(byId.get("Q1").<String>getAs("source_format")).isEqualTo("parquet");
    assertThat(byId.get("Q1").<Long>getAs("source_record")).isEqualTo(1L);
  }

  @Test
  void anInputThatMatchesNothingIsAClearError() {
    Lakehouse lakehouse = new Lakehouse(newFolder("lake").toString());
    assertThatThrownBy(() -> ingest(lakehouse, "run-1", tempRoot.resolve("nope/*.csv").toString()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nope/*.csv matched no readable file");
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }
}
