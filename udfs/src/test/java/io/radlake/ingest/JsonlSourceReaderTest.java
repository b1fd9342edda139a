package io.radlake.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonlSourceReaderTest {

  static List<SourceRecord> readAll(byte[] bytes) throws IOException {
    List<SourceRecord> out = new ArrayList<>();
    try (JsonlSourceReader reader = new JsonlSourceReader("f.jsonl", new ByteArrayInputStream(bytes), StrictDecoder.utf8())) {
      for (SourceRecord r = reader.next(); r != null; r = reader.next()) {
        out.add(r);
      }
    }
    return out;
  }

  @Test
  void readsObjectsWithScalarsNullsAndNestedValues() throws IOException {
    String text = "{\"report_id\":\"R1\",\"patient_age\":93,\"x\":null,\"tags\":[1,2]}\r\n\n{\"report_id\":\"R2\"}";
    List<SourceRecord> records = readAll(text.getBytes(StandardCharsets.UTF_8));
    assertThat(records).hasSize(2);
    assertThat(records.get(0).fields())
        .containsEntry("report_id", "R1").containsEntry("patient_age", "93").containsEntry("x", null)
        .containsEntry("tags", "[1,2]");
    assertThat(records.get(1).recordNumber()).isEqualTo(2);
  }

  @Test
  void truncatedLineIsMalformedAndMessageHasNoContent() throws IOException {
    byte[] bytes = "{\"report_id\":\"R1\",\"report_text\":\"Jane Doe has a nod\n{\"report_id\":\"R2\"}\n"
        .getBytes(StandardCharsets.UTF_8);
    List<SourceRecord> records = readAll(bytes);
    assertThat(records.get(0).problem().code()).isEqualTo(ReasonCode.MALFORMED_RECORD);
    assertThat(records.get(0).problem().message()).contains("not valid JSON").doesNotContain("Jane");
    assertThat(new String(records.get(0).rawBytes(), StandardCharsets.UTF_8)).contains("Jane Doe has a nod");
    assertThat(records.get(1).problem()).isNull();
  }

  @Test
  void nonObjectAndBadEncodingAreQuarantinable() throws IOException {
    byte[] bytes = "[1,2]\n{\"a\":\"caf\u0000\"}\n".getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length - 4] = (byte) 0xC3;
    List<SourceRecord> records = readAll(bytes);
    assertThat(records.get(0).problem().message()).contains("not an object");
    assertThat(records.get(1).problem().code()).isEqualTo(ReasonCode.INVALID_ENCODING);
  }
}
