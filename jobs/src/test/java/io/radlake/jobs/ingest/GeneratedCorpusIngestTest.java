package io.radlake.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.radlake.corpus.BrokenKind;
import io.radlake.corpus.CorpusFormat;
import io.radlake.corpus.CorpusSpec;
import io.radlake.corpus.CorpusSummary;
import io.radlake.corpus.CorpusWriter;
import io.radlake.ingest.ReasonCode;
import io.radlake.jobs.DemoJob;
import io.radlake.spark.Lakehouse;
import io.radlake.testing.SparkTestBase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The generator's broken records, in every format, land in quarantine with the exact reason at the
 * exact file and record number; every other record lands in bronze once.
 */
class GeneratedCorpusIngestTest extends SparkTestBase {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<BrokenKind, ReasonCode> EXPECTED =
      Map.of(
          BrokenKind.BAD_ENCODING, ReasonCode.INVALID_ENCODING,
          BrokenKind.TRUNCATED_RECORD, ReasonCode.MALFORMED_RECORD,
          BrokenKind.MISSING_REQUIRED_FIELD, ReasonCode.MISSING_REQUIRED_FIELD,
          BrokenKind.DUPLICATE_ID_DIFFERENT_TEXT, ReasonCode.DUPLICATE_REPORT_ID,
          BrokenKind.EMPTY_TEXT, ReasonCode.EMPTY_TEXT,
          BrokenKind.OVERSIZED_TEXT, ReasonCode.TEXT_TOO_LARGE);

  @ParameterizedTest
  @EnumSource(CorpusFormat.class)
  void brokenRecordsAreQuarantinedWithTheExactReasonAndTheRestLandsOnce(CorpusFormat format) throws IOException {
    Path corpus = newFolder("corpus-" + format).resolve("out");
    CorpusSummary summary =
        new CorpusWriter().write(new CorpusSpec(11, 1_000, format, corpus, 400, 0.08, null));
    Lakehouse lakehouse = new Lakehouse(newFolder("lake-" + format).toString());

    IngestResult result =
        new IngestStep(spark).inputs(DemoJob.dataFiles(corpus, summary)).lakehouse(lakehouse).runId("gen-" + format).execute();

    // (file name, record number) -> expected reason, from the generator's own list.
    Map<String, String> expected = new HashMap<>();
    for (String line : Files.readAllLines(corpus.resolve("_broken_records.jsonl"))) {
      JsonNode b = JSON.readTree(line);
      String reason = EXPECTED.get(BrokenKind.valueOf(b.get("kind").asText())).name();
      expected.put(b.get("file").asText() + "#" + b.get("record_number").asLong(), reason);
      if (b.has("duplicate_of_record")) {
        expected.put(b.get("file").asText() + "#" + b.get("duplicate_of_record").asLong(), reason);
      }
    }
    assertThat(expected).isNotEmpty();
    Map<String, String> actual = new HashMap<>();
    for (Row q : spark.read().format("delta").load(lakehouse.tablePath(Lakehouse.QUARANTINE)).collectAsList()) {
      String file = Path.of(java.net.URI.create(q.<String>getAs("source_file")).getPath()).getFileName().toString();
      actual.merge(file + "#" + q.<Long>getAs("source_record"), q.getAs("reason_code"), (a, b) -> a + "," + b);
    }
    assertThat(actual).containsExactlyInAnyOrderEntriesOf(expected);

    assertThat(result.balanced()).isTrue();
    assertThat(result.recordsIn()).isEqualTo(summary.reportsWritten());
    long bronze = spark.read().format("delta").load(lakehouse.tablePath(Lakehouse.BRONZE_REPORTS)).count();
    assertThat(bronze).isEqualTo(summary.reportsWritten() - expected.size()).isEqualTo(result.written());
  }
}
